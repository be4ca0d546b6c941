-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Domain" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "email" TEXT,
    "description" TEXT,
    "defaultProjectId" TEXT,
    "passwordExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleImplication" (
    "priorRoleId" TEXT NOT NULL,
    "impliedRoleId" TEXT NOT NULL,

    CONSTRAINT "RoleImplication_pkey" PRIMARY KEY ("priorRoleId","impliedRoleId")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" SERIAL NOT NULL,
    "roleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "hash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "projectId" TEXT,
    "methods" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Token_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "Flavor" (
    "id" SERIAL NOT NULL,
    "flavorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "vcpus" INTEGER NOT NULL,
    "memoryMb" INTEGER NOT NULL,
    "rootGb" INTEGER NOT NULL,
    "ephemeralGb" INTEGER NOT NULL DEFAULT 0,
    "swapMb" INTEGER NOT NULL DEFAULT 0,
    "rxtxFactor" DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Flavor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FlavorExtraSpec" (
    "flavorId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "FlavorExtraSpec_pkey" PRIMARY KEY ("flavorId","key")
);

-- CreateTable
CREATE TABLE "FlavorAccess" (
    "flavorId" INTEGER NOT NULL,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "FlavorAccess_pkey" PRIMARY KEY ("flavorId","projectId")
);

-- CreateTable
CREATE TABLE "Image" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "status" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'shared',
    "owner" TEXT,
    "diskFormat" TEXT,
    "containerFormat" TEXT,
    "size" BIGINT,
    "virtualSize" BIGINT,
    "checksum" TEXT,
    "osHashAlgo" TEXT,
    "osHashValue" TEXT,
    "minDisk" INTEGER NOT NULL DEFAULT 0,
    "minRam" INTEGER NOT NULL DEFAULT 0,
    "protected" BOOLEAN NOT NULL DEFAULT false,
    "osHidden" BOOLEAN NOT NULL DEFAULT false,
    "properties" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageTag" (
    "imageId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "ImageTag_pkey" PRIMARY KEY ("imageId","tag")
);

-- CreateTable
CREATE TABLE "ImageMember" (
    "imageId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImageMember_pkey" PRIMARY KEY ("imageId","memberId")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "external" BOOLEAN NOT NULL DEFAULT false,
    "adminStateUp" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "mtu" INTEGER NOT NULL DEFAULT 1500,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "portSecurity" BOOLEAN NOT NULL DEFAULT true,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "providerNetworkType" TEXT NOT NULL DEFAULT 'vxlan',
    "providerPhysicalNetwork" TEXT,
    "providerSegmentationId" INTEGER,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subnet" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "cidr" TEXT NOT NULL,
    "ipVersion" INTEGER NOT NULL,
    "gatewayIp" TEXT,
    "enableDhcp" BOOLEAN NOT NULL DEFAULT true,
    "allocationPools" TEXT NOT NULL DEFAULT '[]',
    "dnsNameservers" TEXT NOT NULL DEFAULT '[]',
    "hostRoutes" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "tags" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Subnet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Port" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "macAddress" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL DEFAULT '',
    "deviceOwner" TEXT NOT NULL DEFAULT '',
    "bindingHostId" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DOWN',
    "adminStateUp" BOOLEAN NOT NULL DEFAULT true,
    "portSecurity" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "vnicType" TEXT NOT NULL DEFAULT 'normal',
    "bindingProfile" TEXT NOT NULL DEFAULT '{}',
    "allowedAddressPairs" TEXT NOT NULL DEFAULT '[]',
    "extraDhcpOpts" TEXT NOT NULL DEFAULT '[]',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "serverOwned" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Port_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IpAllocation" (
    "subnetId" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "portId" TEXT NOT NULL,

    CONSTRAINT "IpAllocation_pkey" PRIMARY KEY ("subnetId","ipAddress")
);

-- CreateTable
CREATE TABLE "SecurityGroup" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "stateful" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "defaultFor" TEXT,

    CONSTRAINT "SecurityGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecurityGroupRule" (
    "id" TEXT NOT NULL,
    "securityGroupId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "ethertype" TEXT NOT NULL DEFAULT 'IPv4',
    "protocol" TEXT,
    "portRangeMin" INTEGER,
    "portRangeMax" INTEGER,
    "remoteIpPrefix" TEXT,
    "remoteGroupId" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SecurityGroupRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortSecurityGroup" (
    "portId" TEXT NOT NULL,
    "securityGroupId" TEXT NOT NULL,

    CONSTRAINT "PortSecurityGroup_pkey" PRIMARY KEY ("portId","securityGroupId")
);

-- CreateTable
CREATE TABLE "NetworkQuota" (
    "projectId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "hardLimit" INTEGER NOT NULL,

    CONSTRAINT "NetworkQuota_pkey" PRIMARY KEY ("projectId","resource")
);

-- CreateTable
CREATE TABLE "Keypair" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'ssh',
    "fingerprint" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Keypair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Host" (
    "id" SERIAL NOT NULL,
    "uuid" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "hypervisorHostname" TEXT NOT NULL,
    "availabilityZone" TEXT NOT NULL DEFAULT 'nova',
    "hypervisorType" TEXT NOT NULL DEFAULT 'fake',
    "hypervisorVersion" INTEGER NOT NULL DEFAULT 1000,
    "hostIp" TEXT NOT NULL,
    "vcpus" INTEGER NOT NULL,
    "memoryMb" INTEGER NOT NULL,
    "localGb" INTEGER NOT NULL,
    "cpuAllocationRatio" DOUBLE PRECISION NOT NULL,
    "ramAllocationRatio" DOUBLE PRECISION NOT NULL,
    "diskAllocationRatio" DOUBLE PRECISION NOT NULL,
    "reservedHostMemoryMb" INTEGER NOT NULL DEFAULT 512,
    "reservedHostDiskGb" INTEGER NOT NULL DEFAULT 0,
    "reservedHostCpus" INTEGER NOT NULL DEFAULT 0,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "serviceId" TEXT NOT NULL,
    "serviceDisabled" BOOLEAN NOT NULL DEFAULT false,
    "disabledReason" TEXT,
    "forcedDown" BOOLEAN NOT NULL DEFAULT false,
    "serviceUp" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Host_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" SERIAL NOT NULL,
    "hostId" INTEGER NOT NULL,
    "consumerId" TEXT NOT NULL,
    "resourceClass" TEXT NOT NULL,
    "used" INTEGER NOT NULL,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instance" (
    "id" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "displayDescription" TEXT,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "flavorId" TEXT NOT NULL,
    "flavor" TEXT NOT NULL,
    "vcpus" INTEGER NOT NULL DEFAULT 0,
    "memoryMb" INTEGER NOT NULL DEFAULT 0,
    "rootGb" INTEGER NOT NULL DEFAULT 0,
    "ephemeralGb" INTEGER NOT NULL DEFAULT 0,
    "swapMb" INTEGER NOT NULL DEFAULT 0,
    "imageRef" TEXT NOT NULL DEFAULT '',
    "vmState" TEXT NOT NULL,
    "taskState" TEXT,
    "powerState" INTEGER NOT NULL DEFAULT 0,
    "host" TEXT,
    "node" TEXT,
    "availabilityZone" TEXT,
    "keyName" TEXT,
    "keyData" TEXT,
    "userData" TEXT,
    "hostname" TEXT NOT NULL DEFAULT '',
    "accessIpV4" TEXT NOT NULL DEFAULT '',
    "accessIpV6" TEXT NOT NULL DEFAULT '',
    "configDrive" TEXT NOT NULL DEFAULT '',
    "reservationId" TEXT NOT NULL,
    "launchIndex" INTEGER NOT NULL DEFAULT 0,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "lockedBy" TEXT,
    "lockedReason" TEXT,
    "schedulerHints" TEXT NOT NULL DEFAULT '{}',
    "requestedNetworks" TEXT NOT NULL DEFAULT '[]',
    "securityGroups" TEXT NOT NULL DEFAULT '[]',
    "requestSpec" TEXT NOT NULL DEFAULT '{}',
    "requestedAz" TEXT,
    "autoDiskConfig" BOOLEAN NOT NULL DEFAULT false,
    "taskDueAt" TIMESTAMP(3),
    "pendingAction" TEXT,
    "pendingStep" INTEGER NOT NULL DEFAULT 0,
    "pendingParams" TEXT NOT NULL DEFAULT '{}',
    "previousState" TEXT NOT NULL DEFAULT '{}',
    "faultCode" INTEGER,
    "faultMessage" TEXT,
    "faultDetails" TEXT,
    "faultCreatedAt" TIMESTAMP(3),
    "launchedAt" TIMESTAMP(3),
    "terminatedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Instance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstanceMetadata" (
    "instanceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "InstanceMetadata_pkey" PRIMARY KEY ("instanceId","key")
);

-- CreateTable
CREATE TABLE "InstanceTag" (
    "instanceId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "InstanceTag_pkey" PRIMARY KEY ("instanceId","tag")
);

-- CreateTable
CREATE TABLE "InstanceAction" (
    "id" SERIAL NOT NULL,
    "instanceId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "message" TEXT,
    "startTime" TIMESTAMP(3) NOT NULL,
    "finishTime" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstanceAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstanceActionEvent" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "startTime" TIMESTAMP(3) NOT NULL,
    "finishTime" TIMESTAMP(3),
    "result" TEXT,
    "traceback" TEXT,
    "host" TEXT,
    "hostId" TEXT,
    "details" TEXT,

    CONSTRAINT "InstanceActionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaLimit" (
    "projectId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "hardLimit" INTEGER NOT NULL,

    CONSTRAINT "QuotaLimit_pkey" PRIMARY KEY ("projectId","resource")
);

-- CreateTable
CREATE TABLE "QuotaClassLimit" (
    "className" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "hardLimit" INTEGER NOT NULL,

    CONSTRAINT "QuotaClassLimit_pkey" PRIMARY KEY ("className","resource")
);

-- CreateTable
CREATE TABLE "QuotaUserLimit" (
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "hardLimit" INTEGER NOT NULL,

    CONSTRAINT "QuotaUserLimit_pkey" PRIMARY KEY ("projectId","userId","resource")
);

-- CreateTable
CREATE TABLE "Migration" (
    "id" SERIAL NOT NULL,
    "uuid" TEXT NOT NULL,
    "instanceUuid" TEXT NOT NULL,
    "migrationType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sourceCompute" TEXT,
    "sourceNode" TEXT,
    "destCompute" TEXT,
    "destNode" TEXT,
    "destHost" TEXT,
    "oldInstanceTypeId" INTEGER,
    "newInstanceTypeId" INTEGER,
    "userId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "Migration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Domain_name_key" ON "Domain"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Project_domainId_name_key" ON "Project"("domainId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_domainId_name_key" ON "User"("domainId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Role_name_key" ON "Role"("name");

-- CreateIndex
CREATE INDEX "RoleAssignment_projectId_idx" ON "RoleAssignment"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_projectId_roleId_key" ON "RoleAssignment"("userId", "projectId", "roleId");

-- CreateIndex
CREATE INDEX "Token_userId_idx" ON "Token"("userId");

-- CreateIndex
CREATE INDEX "Token_expiresAt_idx" ON "Token"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Flavor_flavorId_key" ON "Flavor"("flavorId");

-- CreateIndex
CREATE UNIQUE INDEX "Flavor_name_key" ON "Flavor"("name");

-- CreateIndex
CREATE INDEX "Image_owner_idx" ON "Image"("owner");

-- CreateIndex
CREATE INDEX "Network_projectId_idx" ON "Network"("projectId");

-- CreateIndex
CREATE INDEX "Subnet_networkId_idx" ON "Subnet"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "Port_macAddress_key" ON "Port"("macAddress");

-- CreateIndex
CREATE INDEX "Port_deviceId_idx" ON "Port"("deviceId");

-- CreateIndex
CREATE INDEX "Port_networkId_idx" ON "Port"("networkId");

-- CreateIndex
CREATE INDEX "IpAllocation_portId_idx" ON "IpAllocation"("portId");

-- CreateIndex
CREATE UNIQUE INDEX "SecurityGroup_defaultFor_key" ON "SecurityGroup"("defaultFor");

-- CreateIndex
CREATE INDEX "SecurityGroup_projectId_idx" ON "SecurityGroup"("projectId");

-- CreateIndex
CREATE INDEX "SecurityGroupRule_securityGroupId_idx" ON "SecurityGroupRule"("securityGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "Keypair_userId_name_key" ON "Keypair"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Host_uuid_key" ON "Host"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "Host_hostname_key" ON "Host"("hostname");

-- CreateIndex
CREATE UNIQUE INDEX "Host_hypervisorHostname_key" ON "Host"("hypervisorHostname");

-- CreateIndex
CREATE UNIQUE INDEX "Host_serviceId_key" ON "Host"("serviceId");

-- CreateIndex
CREATE INDEX "Allocation_hostId_idx" ON "Allocation"("hostId");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_consumerId_hostId_resourceClass_key" ON "Allocation"("consumerId", "hostId", "resourceClass");

-- CreateIndex
CREATE INDEX "Instance_projectId_idx" ON "Instance"("projectId");

-- CreateIndex
CREATE INDEX "Instance_vmState_idx" ON "Instance"("vmState");

-- CreateIndex
CREATE INDEX "Instance_host_idx" ON "Instance"("host");

-- CreateIndex
CREATE INDEX "Instance_updatedAt_idx" ON "Instance"("updatedAt");

-- CreateIndex
CREATE INDEX "Instance_vmState_taskState_idx" ON "Instance"("vmState", "taskState");

-- CreateIndex
CREATE INDEX "InstanceAction_instanceId_idx" ON "InstanceAction"("instanceId");

-- CreateIndex
CREATE INDEX "InstanceActionEvent_actionId_idx" ON "InstanceActionEvent"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "Migration_uuid_key" ON "Migration"("uuid");

-- CreateIndex
CREATE INDEX "Migration_instanceUuid_status_idx" ON "Migration"("instanceUuid", "status");

-- CreateIndex
CREATE INDEX "Migration_createdAt_id_idx" ON "Migration"("createdAt", "id");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleImplication" ADD CONSTRAINT "RoleImplication_priorRoleId_fkey" FOREIGN KEY ("priorRoleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleImplication" ADD CONSTRAINT "RoleImplication_impliedRoleId_fkey" FOREIGN KEY ("impliedRoleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlavorExtraSpec" ADD CONSTRAINT "FlavorExtraSpec_flavorId_fkey" FOREIGN KEY ("flavorId") REFERENCES "Flavor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlavorAccess" ADD CONSTRAINT "FlavorAccess_flavorId_fkey" FOREIGN KEY ("flavorId") REFERENCES "Flavor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageTag" ADD CONSTRAINT "ImageTag_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageMember" ADD CONSTRAINT "ImageMember_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subnet" ADD CONSTRAINT "Subnet_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Port" ADD CONSTRAINT "Port_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IpAllocation" ADD CONSTRAINT "IpAllocation_subnetId_fkey" FOREIGN KEY ("subnetId") REFERENCES "Subnet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IpAllocation" ADD CONSTRAINT "IpAllocation_portId_fkey" FOREIGN KEY ("portId") REFERENCES "Port"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityGroupRule" ADD CONSTRAINT "SecurityGroupRule_securityGroupId_fkey" FOREIGN KEY ("securityGroupId") REFERENCES "SecurityGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortSecurityGroup" ADD CONSTRAINT "PortSecurityGroup_portId_fkey" FOREIGN KEY ("portId") REFERENCES "Port"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortSecurityGroup" ADD CONSTRAINT "PortSecurityGroup_securityGroupId_fkey" FOREIGN KEY ("securityGroupId") REFERENCES "SecurityGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Host"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstanceMetadata" ADD CONSTRAINT "InstanceMetadata_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "Instance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstanceTag" ADD CONSTRAINT "InstanceTag_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "Instance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstanceAction" ADD CONSTRAINT "InstanceAction_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "Instance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstanceActionEvent" ADD CONSTRAINT "InstanceActionEvent_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "InstanceAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

