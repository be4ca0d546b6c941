-- CreateIndex
CREATE INDEX "Instance_projectId_createdAt_id_idx" ON "Instance"("projectId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Instance_createdAt_id_idx" ON "Instance"("createdAt", "id");
