/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * MAC-level helpers shared by the e1000 PMDs: register access, reset, NVM,
 * receive address and multicast tables, PHY access and link setup.
 * Nothing here touches ethdev; the PMDs (em_*.c) build on it.
 */
#ifndef _E1000_HW_H_
#define _E1000_HW_H_

#include <stdbool.h>
#include <stdint.h>
#include <rte_io.h>

#include "e1000_regs.h"

#define E1000_VENDOR_ID		0x8086
#define E1000_DEV_ID_82540EM	0x100E
#define E1000_DEV_ID_82545EM_COPPER 0x100F
#define E1000_DEV_ID_82574L	0x10D3

enum e1000_mac_type {
	e1000_82540,
	e1000_82545,
	e1000_82574,
};

struct e1000_hw {
	uint8_t *hw_addr;		/* BAR0 */
	enum e1000_mac_type mac_type;
	uint16_t device_id;
	uint16_t rar_entries;		/* receive address registers */
	uint32_t max_frame_size;	/* with CRC, datasheet limit */
	uint8_t perm_addr[6];		/* MAC from the NVM */
};

static inline uint32_t
e1000_read_reg(const struct e1000_hw *hw, uint32_t reg)
{
	return rte_read32(hw->hw_addr + reg);
}

/* rte_write32 orders earlier memory writes (descriptors) before the MMIO. */
static inline void
e1000_write_reg(const struct e1000_hw *hw, uint32_t reg, uint32_t val)
{
	rte_write32(val, hw->hw_addr + reg);
}

/* Post the preceding writes to the device (read of a harmless register). */
static inline void
e1000_write_flush(const struct e1000_hw *hw)
{
	(void)e1000_read_reg(hw, E1000_STATUS);
}

/* Fill mac_type and limits for a device id; -1 if unsupported. */
int e1000_hw_init(struct e1000_hw *hw, uint16_t device_id);
/* Software reset (CTRL.RST) with a bounded wait; interrupts masked. */
int e1000_hw_reset(struct e1000_hw *hw);
/* Read one 16-bit NVM word through EERD. */
int e1000_read_nvm(const struct e1000_hw *hw, uint16_t word, uint16_t *data);
/* perm_addr from NVM words 0..2. */
int e1000_read_mac_addr(struct e1000_hw *hw);
/* Program (addr != NULL) or clear receive address register idx. */
void e1000_rar_set(const struct e1000_hw *hw, unsigned int idx,
		const uint8_t *addr);
/* Replace the multicast table with the hashes of n addresses. */
void e1000_mta_set(const struct e1000_hw *hw, const uint8_t (*addrs)[6],
		unsigned int n);
/* Clause 22 PHY access through MDIC. */
int e1000_phy_read(const struct e1000_hw *hw, uint32_t reg, uint16_t *val);
int e1000_phy_write(const struct e1000_hw *hw, uint32_t reg, uint16_t val);
/* Set link up with autonegotiation of every speed; does not wait. */
int e1000_setup_link(const struct e1000_hw *hw);
/* Power the PHY down (link down) or up. */
int e1000_phy_power(const struct e1000_hw *hw, bool up);

struct e1000_link_state {
	bool up;
	bool full_duplex;
	uint32_t speed_mbps;
};
/* Current link from STATUS (one MMIO read, control path only). */
void e1000_get_link(const struct e1000_hw *hw, struct e1000_link_state *ls);

#endif /* _E1000_HW_H_ */
