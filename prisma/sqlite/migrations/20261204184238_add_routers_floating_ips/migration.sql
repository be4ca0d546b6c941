-- CreateTable
CREATE TABLE "Router" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL DEFAULT '',
    "projectId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "adminStateUp" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "enableSnat" BOOLEAN NOT NULL DEFAULT true,
    "gwPortId" TEXT,
    "routes" TEXT NOT NULL DEFAULT '[]',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "FloatingIp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "floatingNetworkId" TEXT NOT NULL,
    "floatingIpAddress" TEXT NOT NULL,
    "floatingPortId" TEXT NOT NULL,
    "fixedPortId" TEXT,
    "fixedIpAddress" TEXT,
    "routerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DOWN',
    "description" TEXT NOT NULL DEFAULT '',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "FloatingIp_floatingPortId_fkey" FOREIGN KEY ("floatingPortId") REFERENCES "Port" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FloatingIp_fixedPortId_fkey" FOREIGN KEY ("fixedPortId") REFERENCES "Port" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Router_gwPortId_key" ON "Router"("gwPortId");

-- CreateIndex
CREATE INDEX "Router_projectId_idx" ON "Router"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "FloatingIp_floatingPortId_key" ON "FloatingIp"("floatingPortId");

-- CreateIndex
CREATE INDEX "FloatingIp_projectId_idx" ON "FloatingIp"("projectId");

-- CreateIndex
CREATE INDEX "FloatingIp_fixedPortId_idx" ON "FloatingIp"("fixedPortId");

-- CreateIndex
CREATE INDEX "FloatingIp_routerId_idx" ON "FloatingIp"("routerId");

-- CreateIndex
CREATE UNIQUE INDEX "FloatingIp_floatingNetworkId_fixedPortId_fixedIpAddress_key" ON "FloatingIp"("floatingNetworkId", "fixedPortId", "fixedIpAddress");
