-- CreateIndex
CREATE INDEX "Instance_taskDueAt_idx" ON "Instance"("taskDueAt");

-- CreateIndex
CREATE INDEX "Instance_taskState_idx" ON "Instance"("taskState");
