-- CreateTable
CREATE TABLE "ChangeStamp" (
    "topic" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChangeStamp_pkey" PRIMARY KEY ("topic")
);
