/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * PCI definitions shared by the bus and the drivers (DPDK 22.11 rte_pci.h):
 * device addresses, id matching, configuration space offsets.
 */
#ifndef _RTE_PCI_H_
#define _RTE_PCI_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <inttypes.h>
#include <sys/types.h>

/* Configuration space (PCI Local Bus spec 3.0, section 6.1). */
#define RTE_PCI_CFG_SPACE_SIZE		256
#define RTE_PCI_CFG_SPACE_EXP_SIZE	4096

#define RTE_PCI_VENDOR_ID	0x00	/* 16 bits */
#define RTE_PCI_DEVICE_ID	0x02	/* 16 bits */
#define RTE_PCI_COMMAND		0x04	/* 16 bits */
#define RTE_PCI_STATUS		0x06	/* 16 bits */
#define RTE_PCI_CAPABILITY_LIST	0x34	/* 8 bits */

/* Command register bits (section 6.2.2). */
#define RTE_PCI_COMMAND_MEMORY	0x2	/* memory space enable */
#define RTE_PCI_COMMAND_MASTER	0x4	/* bus master enable */
#define RTE_PCI_COMMAND_INTX_DISABLE 0x400 /* INTx# emulation disable */
/* Status register bits. */
#define RTE_PCI_STATUS_INTERRUPT 0x8	/* INTx# asserted */
#define RTE_PCI_STATUS_CAP_LIST	0x10	/* capability list present */

/* Capability ids (section 6.7 and PCIe base spec 7.5). */
#define RTE_PCI_CAP_ID_MSI	0x05
#define RTE_PCI_CAP_ID_EXP	0x10
#define RTE_PCI_CAP_ID_MSIX	0x11
#define RTE_PCI_CAP_NEXT	1	/* offset of the next pointer in a cap */

/* PCI Express capability registers */
#define RTE_PCI_EXP_DEVCTL	8	/* Device Control */

/* Extended capabilities (PCIe base spec 7.6). */
#define RTE_PCI_EXT_CAP_ID(header)	(header & 0x0000ffff)
#define RTE_PCI_EXT_CAP_NEXT(header)	((header >> 20) & 0xffc)
#define RTE_PCI_EXT_CAP_ID_ERR		0x01
#define RTE_PCI_EXT_CAP_ID_DSN		0x03
#define RTE_PCI_EXT_CAP_ID_SRIOV	0x10
#define RTE_PCI_EXT_CAP_ID_PASID	0x1B

/** printf format of a full PCI address, domain:bus:devid.function. */
#define PCI_PRI_FMT "%.4" PRIx32 ":%.2" PRIx8 ":%.2" PRIx8 ".%" PRIx8
#define PCI_PRI_STR_SIZE sizeof("XXXXXXXX:XX:XX.X")
/** printf format of a short PCI address, bus:devid.function. */
#define PCI_SHORT_PRI_FMT "%.2" PRIx8 ":%.2" PRIx8 ".%" PRIx8
#define PCI_FMT_NVAL 4
#define PCI_RESOURCE_FMT_NVAL 3
/** Number of base address registers of a type 0 header. */
#define PCI_MAX_RESOURCE 6

/** Identification of a PCI device, or a pattern in a driver's id table. */
struct rte_pci_id {
	uint32_t class_id;            /**< class code or RTE_CLASS_ANY_ID */
	uint16_t vendor_id;           /**< vendor or RTE_PCI_ANY_ID */
	uint16_t device_id;           /**< device or RTE_PCI_ANY_ID */
	uint16_t subsystem_vendor_id; /**< or RTE_PCI_ANY_ID */
	uint16_t subsystem_device_id; /**< or RTE_PCI_ANY_ID */
};

/** Location of a PCI function. */
struct rte_pci_addr {
	uint32_t domain;
	uint8_t bus;
	uint8_t devid;
	uint8_t function;
};

/** Wildcard for id table fields. */
#define RTE_PCI_ANY_ID (0xffff)
#define RTE_CLASS_ANY_ID (0xffffff)

/** Write the full name ("0000:00:03.0") of addr into output. */
void rte_pci_device_name(const struct rte_pci_addr *addr,
		char *output, size_t size);
/** Compare two addresses: <0, 0, >0 like memcmp in address order. */
int rte_pci_addr_cmp(const struct rte_pci_addr *addr,
		const struct rte_pci_addr *addr2);
/**
 * Parse "DDDD:BB:DD.F" or "BB:DD.F" (domain 0).
 * @return 0, or -1 if str is not a PCI address.
 */
int rte_pci_addr_parse(const char *str, struct rte_pci_addr *addr);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PCI_H_ */
