-- CreateTable
CREATE TABLE "Aggregate" (
    "id" SERIAL NOT NULL,
    "uuid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "availabilityZone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "Aggregate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AggregateHost" (
    "aggregateId" INTEGER NOT NULL,
    "host" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AggregateHost_pkey" PRIMARY KEY ("aggregateId","host")
);

-- CreateTable
CREATE TABLE "AggregateMetadata" (
    "aggregateId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AggregateMetadata_pkey" PRIMARY KEY ("aggregateId","key")
);

-- CreateTable
CREATE TABLE "ServerGroup" (
    "id" SERIAL NOT NULL,
    "uuid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "policy" TEXT NOT NULL,
    "rules" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServerGroupMember" (
    "groupId" INTEGER NOT NULL,
    "instanceUuid" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerGroupMember_pkey" PRIMARY KEY ("groupId","instanceUuid")
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

-- AddForeignKey
ALTER TABLE "AggregateHost" ADD CONSTRAINT "AggregateHost_aggregateId_fkey" FOREIGN KEY ("aggregateId") REFERENCES "Aggregate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AggregateMetadata" ADD CONSTRAINT "AggregateMetadata_aggregateId_fkey" FOREIGN KEY ("aggregateId") REFERENCES "Aggregate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServerGroupMember" ADD CONSTRAINT "ServerGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ServerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
