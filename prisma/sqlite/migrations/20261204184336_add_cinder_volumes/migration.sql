-- CreateTable
CREATE TABLE "VolumeType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "extraSpecs" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Volume" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "size" INTEGER NOT NULL,
    "availabilityZone" TEXT NOT NULL,
    "volumeTypeId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusDueAt" DATETIME,
    "nextStatus" TEXT,
    "nextSize" INTEGER,
    "bootable" BOOLEAN NOT NULL DEFAULT false,
    "multiattach" BOOLEAN NOT NULL DEFAULT false,
    "snapshotId" TEXT,
    "sourceVolid" TEXT,
    "imageMetadata" TEXT,
    "metadata" TEXT NOT NULL DEFAULT '{}',
    "migrationStatus" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "VolumeAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "volumeId" TEXT NOT NULL,
    "instanceUuid" TEXT NOT NULL,
    "mountpoint" TEXT,
    "attachStatus" TEXT NOT NULL,
    "attachedHost" TEXT,
    "attachTime" DATETIME,
    "bdmUuid" TEXT NOT NULL,
    "tag" TEXT,
    "bootIndex" INTEGER,
    "deleteOnTermination" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VolumeAttachment_volumeId_fkey" FOREIGN KEY ("volumeId") REFERENCES "Volume" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VolumeSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "volumeId" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "size" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "statusDueAt" DATETIME,
    "nextStatus" TEXT,
    "metadata" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "VolumeQuota" (
    "projectId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "hardLimit" INTEGER NOT NULL,

    PRIMARY KEY ("projectId", "resource")
);

-- CreateIndex
CREATE UNIQUE INDEX "VolumeType_name_key" ON "VolumeType"("name");

-- CreateIndex
CREATE INDEX "Volume_projectId_createdAt_id_idx" ON "Volume"("projectId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Volume_statusDueAt_idx" ON "Volume"("statusDueAt");

-- CreateIndex
CREATE INDEX "VolumeAttachment_volumeId_idx" ON "VolumeAttachment"("volumeId");

-- CreateIndex
CREATE INDEX "VolumeAttachment_instanceUuid_idx" ON "VolumeAttachment"("instanceUuid");

-- CreateIndex
CREATE INDEX "VolumeSnapshot_projectId_createdAt_id_idx" ON "VolumeSnapshot"("projectId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "VolumeSnapshot_volumeId_idx" ON "VolumeSnapshot"("volumeId");
