-- CreateTable
CREATE TABLE "Aggregate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "uuid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "availabilityZone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AggregateHost" (
    "aggregateId" INTEGER NOT NULL,
    "host" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("aggregateId", "host"),
    CONSTRAINT "AggregateHost_aggregateId_fkey" FOREIGN KEY ("aggregateId") REFERENCES "Aggregate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AggregateMetadata" (
    "aggregateId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("aggregateId", "key"),
    CONSTRAINT "AggregateMetadata_aggregateId_fkey" FOREIGN KEY ("aggregateId") REFERENCES "Aggregate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServerGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "uuid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "policy" TEXT NOT NULL,
    "rules" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ServerGroupMember" (
    "groupId" INTEGER NOT NULL,
    "instanceUuid" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("groupId", "instanceUuid"),
    CONSTRAINT "ServerGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ServerGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Aggregate_uuid_key" ON "Aggregate"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "Aggregate_name_key" ON "Aggregate"("name");

-- CreateIndex
CREATE INDEX "AggregateHost_host_idx" ON "AggregateHost"("host");

-- CreateIndex
CREATE UNIQUE INDEX "ServerGroup_uuid_key" ON "ServerGroup"("uuid");

-- CreateIndex
CREATE INDEX "ServerGroup_projectId_idx" ON "ServerGroup"("projectId");

-- CreateIndex
CREATE INDEX "ServerGroupMember_instanceUuid_idx" ON "ServerGroupMember"("instanceUuid");
