-- CreateIndex
CREATE INDEX "Host_updatedAt_idx" ON "Host"("updatedAt");
