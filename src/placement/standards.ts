/**
 * The resource classes and traits Placement knows. Placement syncs its
 * tables from the os-resource-classes and os-traits libraries at start;
 * novasim keeps the resource classes whole and, of the (several hundred)
 * standard traits, the ones a compute node can report: Nova's capability
 * traits (nova/virt/driver.py CAPABILITY_TRAITS_MAP) plus the traits Nova's
 * resource tracker always sets or toggles. A trait outside this list is
 * unknown here, as a custom trait nobody created is in Placement.
 */

/** os_resource_classes.STANDARDS, in their order (which is the order of their database ids). */
export const STANDARD_RESOURCE_CLASSES = [
  "VCPU",
  "MEMORY_MB",
  "DISK_GB",
  "PCI_DEVICE",
  "SRIOV_NET_VF",
  "NUMA_SOCKET",
  "NUMA_CORE",
  "NUMA_THREAD",
  "NUMA_MEMORY_MB",
  "IPV4_ADDRESS",
  "VGPU",
  "VGPU_DISPLAY_HEAD",
  "NET_BW_EGR_KILOBIT_PER_SEC",
  "NET_BW_IGR_KILOBIT_PER_SEC",
  "PCPU",
  "MEM_ENCRYPTION_CONTEXT",
  "FPGA",
  "PGPU",
] as const;

const RESOURCE_CLASS_SET = new Set<string>(STANDARD_RESOURCE_CLASSES);
export const isResourceClass = (name: string) => RESOURCE_CLASS_SET.has(name);

/** Nova's driver capabilities and the trait each one maps to (nova/virt/driver.py CAPABILITY_TRAITS_MAP). */
const CAPABILITY_TRAITS: Record<string, string> = {
  supports_attach_interface: "COMPUTE_NET_ATTACH_INTERFACE",
  supports_device_tagging: "COMPUTE_DEVICE_TAGGING",
  supports_tagged_attach_interface: "COMPUTE_NET_ATTACH_INTERFACE_WITH_TAG",
  supports_tagged_attach_volume: "COMPUTE_VOLUME_ATTACH_WITH_TAG",
  supports_extend_volume: "COMPUTE_VOLUME_EXTEND",
  supports_multiattach: "COMPUTE_VOLUME_MULTI_ATTACH",
  supports_trusted_certs: "COMPUTE_TRUSTED_CERTS",
  supports_accelerators: "COMPUTE_ACCELERATORS",
  supports_image_type_aki: "COMPUTE_IMAGE_TYPE_AKI",
  supports_image_type_ami: "COMPUTE_IMAGE_TYPE_AMI",
  supports_image_type_ari: "COMPUTE_IMAGE_TYPE_ARI",
  supports_image_type_iso: "COMPUTE_IMAGE_TYPE_ISO",
  supports_image_type_qcow2: "COMPUTE_IMAGE_TYPE_QCOW2",
  supports_image_type_raw: "COMPUTE_IMAGE_TYPE_RAW",
  supports_image_type_vdi: "COMPUTE_IMAGE_TYPE_VDI",
  supports_image_type_vhd: "COMPUTE_IMAGE_TYPE_VHD",
  supports_image_type_vhdx: "COMPUTE_IMAGE_TYPE_VHDX",
  supports_image_type_vmdk: "COMPUTE_IMAGE_TYPE_VMDK",
  supports_image_type_ploop: "COMPUTE_IMAGE_TYPE_PLOOP",
  supports_migrate_to_same_host: "COMPUTE_SAME_HOST_COLD_MIGRATE",
  supports_bfv_rescue: "COMPUTE_RESCUE_BFV",
  supports_secure_boot: "COMPUTE_SECURITY_UEFI_SECURE_BOOT",
  supports_socket_pci_numa_affinity: "COMPUTE_SOCKET_PCI_NUMA_AFFINITY",
  supports_remote_managed_ports: "COMPUTE_REMOTE_MANAGED_PORTS",
  supports_ephemeral_encryption: "COMPUTE_EPHEMERAL_ENCRYPTION",
  supports_ephemeral_encryption_luks: "COMPUTE_EPHEMERAL_ENCRYPTION_LUKS",
  supports_ephemeral_encryption_plain: "COMPUTE_EPHEMERAL_ENCRYPTION_PLAIN",
  supports_address_space_passthrough: "COMPUTE_ADDRESS_SPACE_PASSTHROUGH",
  supports_address_space_emulated: "COMPUTE_ADDRESS_SPACE_EMULATED",
  supports_stateless_firmware: "COMPUTE_SECURITY_STATELESS_FIRMWARE",
  supports_virtio_fs: "COMPUTE_STORAGE_VIRTIO_FS",
  supports_mem_backing_file: "COMPUTE_MEM_BACKING_FILE",
};

/**
 * What nova.virt.fake.FakeDriver supports (its `capabilities`); the rest of
 * the map is false for it. COMPUTE_REMOTE_MANAGED_PORTS also needs
 * remote-managed PCI devices, which a fake host has none of.
 */
const FAKE_DRIVER_CAPABILITIES = new Set([
  "supports_attach_interface",
  "supports_device_tagging",
  "supports_tagged_attach_interface",
  "supports_tagged_attach_volume",
  "supports_extend_volume",
  "supports_multiattach",
  "supports_trusted_certs",
  "supports_accelerators",
  "supports_image_type_raw",
  "supports_address_space_passthrough",
  "supports_address_space_emulated",
  "supports_stateless_firmware",
  "supports_virtio_fs",
  "supports_mem_backing_file",
]);

/** Set on every compute node provider by Nova's resource tracker (_get_traits). */
const NODE_TRAITS = ["COMPUTE_NODE", "OWNER_NOVA"];
/** Set by nova-compute while its service is disabled (ComputeManager._update_compute_provider_status). */
export const STATUS_DISABLED_TRAIT = "COMPUTE_STATUS_DISABLED";

/** Every trait this Placement knows (GET /traits), in a stable order. */
export const STANDARD_TRAITS: readonly string[] = [...Object.values(CAPABILITY_TRAITS), ...NODE_TRAITS, STATUS_DISABLED_TRAIT];

const TRAIT_SET = new Set(STANDARD_TRAITS);
export const isTrait = (name: string) => TRAIT_SET.has(name);

const FAKE_DRIVER_TRAITS = Object.entries(CAPABILITY_TRAITS)
  .filter(([cap]) => FAKE_DRIVER_CAPABILITIES.has(cap))
  .map(([, trait]) => trait);

/** The traits of a fake-driver compute node's provider: its capabilities, the node marks, and the disabled status. */
export function computeNodeTraits(host: { serviceDisabled: boolean }): string[] {
  return [...FAKE_DRIVER_TRAITS, ...NODE_TRAITS, ...(host.serviceDisabled ? [STATUS_DISABLED_TRAIT] : [])];
}
