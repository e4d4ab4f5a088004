/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * MAC bring-up shared by the e1000 family (8254x SDM section 14 "General
 * Initialization and Reset Operation"; 82574 datasheet section 4.6).
 */
#include <errno.h>
#include <string.h>

#include <rte_cycles.h>

#include "e1000_hw.h"

/* Bounds of the polls below (datasheet: reset completes within ~1 ms;
 * an EERD or MDIC transaction takes microseconds). */
#define RESET_POLL_US		10
#define RESET_POLL_MAX		1000	/* 10 ms */
#define EERD_POLL_US		5
#define EERD_POLL_MAX		2000	/* 10 ms */
#define MDIC_POLL_US		10
#define MDIC_POLL_MAX		640	/* 6.4 ms */
#define E1000_PHY_ADDR		1	/* internal PHY of 8254x/82574 */

int
e1000_hw_init(struct e1000_hw *hw, uint16_t device_id)
{
	hw->device_id = device_id;
	switch (device_id) {
	case E1000_DEV_ID_82540EM:
		hw->mac_type = e1000_82540;
		hw->rar_entries = 16;
		hw->max_frame_size = 16128;	/* SDM 13.4.22, LPE */
		return 0;
	case E1000_DEV_ID_82545EM_COPPER:
		hw->mac_type = e1000_82545;
		hw->rar_entries = 16;
		hw->max_frame_size = 16128;
		return 0;
	case E1000_DEV_ID_82574L:
		hw->mac_type = e1000_82574;
		hw->rar_entries = 16;
		hw->max_frame_size = 9018;	/* 82574 datasheet 7.1.1 */
		return 0;
	default:
		return -ENOTSUP;
	}
}

int
e1000_hw_reset(struct e1000_hw *hw)
{
	unsigned int i;

	/* Quiesce first: no interrupts, receiver and transmitter off
	 * (SDM 14.3: stop DMA before the global reset). */
	e1000_write_reg(hw, E1000_IMC, 0xffffffff);
	e1000_write_reg(hw, E1000_RCTL, 0);
	e1000_write_reg(hw, E1000_TCTL, E1000_TCTL_PSP);
	e1000_write_flush(hw);
	e1000_write_reg(hw, E1000_CTRL,
		e1000_read_reg(hw, E1000_CTRL) | E1000_CTRL_RST);
	/* RST self-clears when the reset is done. */
	for (i = 0; i < RESET_POLL_MAX; i++) {
		rte_delay_us_block(RESET_POLL_US);
		if (!(e1000_read_reg(hw, E1000_CTRL) & E1000_CTRL_RST))
			break;
	}
	if (i == RESET_POLL_MAX)
		return -ETIMEDOUT;
	e1000_write_reg(hw, E1000_IMC, 0xffffffff);
	(void)e1000_read_reg(hw, E1000_ICR);	/* clears pending causes */
	return 0;
}

int
e1000_read_nvm(const struct e1000_hw *hw, uint16_t word, uint16_t *data)
{
	uint32_t done, shift, v;
	unsigned int i;

	if (hw->mac_type == e1000_82574) {
		done = E1000_EERD_DONE_82574;
		shift = E1000_EERD_ADDR_SHIFT_82574;
	} else {
		done = E1000_EERD_DONE_8254X;
		shift = E1000_EERD_ADDR_SHIFT_8254X;
	}
	e1000_write_reg(hw, E1000_EERD,
		((uint32_t)word << shift) | E1000_EERD_START);
	for (i = 0; i < EERD_POLL_MAX; i++) {
		v = e1000_read_reg(hw, E1000_EERD);
		if (v & done) {
			*data = (uint16_t)(v >> E1000_EERD_DATA_SHIFT);
			return 0;
		}
		rte_delay_us_block(EERD_POLL_US);
	}
	return -ETIMEDOUT;
}

int
e1000_read_mac_addr(struct e1000_hw *hw)
{
	uint16_t w;
	int i, ret;

	/* NVM words 0-2 hold the address, low byte first (SDM 5.6.1). */
	for (i = 0; i < 3; i++) {
		ret = e1000_read_nvm(hw, (uint16_t)i, &w);
		if (ret != 0)
			return ret;
		hw->perm_addr[2 * i] = (uint8_t)w;
		hw->perm_addr[2 * i + 1] = (uint8_t)(w >> 8);
	}
	return 0;
}

void
e1000_rar_set(const struct e1000_hw *hw, unsigned int idx, const uint8_t *addr)
{
	uint32_t lo = 0, hi = 0;

	if (idx >= hw->rar_entries)
		return;
	if (addr != NULL) {
		lo = (uint32_t)addr[0] | ((uint32_t)addr[1] << 8) |
			((uint32_t)addr[2] << 16) | ((uint32_t)addr[3] << 24);
		hi = (uint32_t)addr[4] | ((uint32_t)addr[5] << 8) |
			E1000_RAH_AV;
	}
	/* Clear AV first so a half-written entry never matches. */
	e1000_write_reg(hw, E1000_RAH(idx), 0);
	e1000_write_reg(hw, E1000_RAL(idx), lo);
	e1000_write_reg(hw, E1000_RAH(idx), hi);
}

/* RCTL.MO = 0: the hash is destination address bits 47:36 (SDM 13.5.1). */
static uint32_t
mta_hash(const uint8_t *addr)
{
	return (((uint32_t)addr[4] >> 4) | ((uint32_t)addr[5] << 4)) & 0xfff;
}

void
e1000_mta_set(const struct e1000_hw *hw, const uint8_t (*addrs)[6],
		unsigned int n)
{
	uint32_t mta[E1000_MTA_SIZE];
	unsigned int i;

	memset(mta, 0, sizeof(mta));
	for (i = 0; i < n; i++) {
		uint32_t h = mta_hash(addrs[i]);

		mta[h >> 5] |= 1u << (h & 31);
	}
	for (i = 0; i < E1000_MTA_SIZE; i++)
		e1000_write_reg(hw, E1000_MTA + 4 * i, mta[i]);
}

static int
mdic_wait(const struct e1000_hw *hw, uint32_t *mdic)
{
	unsigned int i;

	for (i = 0; i < MDIC_POLL_MAX; i++) {
		rte_delay_us_block(MDIC_POLL_US);
		*mdic = e1000_read_reg(hw, E1000_MDIC);
		if (*mdic & E1000_MDIC_READY)
			return (*mdic & E1000_MDIC_ERROR) ? -EIO : 0;
	}
	return -ETIMEDOUT;
}

int
e1000_phy_read(const struct e1000_hw *hw, uint32_t reg, uint16_t *val)
{
	uint32_t mdic;
	int ret;

	e1000_write_reg(hw, E1000_MDIC, (reg << E1000_MDIC_REG_SHIFT) |
		(E1000_PHY_ADDR << E1000_MDIC_PHY_SHIFT) | E1000_MDIC_OP_READ);
	ret = mdic_wait(hw, &mdic);
	if (ret == 0)
		*val = (uint16_t)mdic;
	return ret;
}

int
e1000_phy_write(const struct e1000_hw *hw, uint32_t reg, uint16_t val)
{
	uint32_t mdic;

	e1000_write_reg(hw, E1000_MDIC, val | (reg << E1000_MDIC_REG_SHIFT) |
		(E1000_PHY_ADDR << E1000_MDIC_PHY_SHIFT) | E1000_MDIC_OP_WRITE);
	return mdic_wait(hw, &mdic);
}

int
e1000_setup_link(const struct e1000_hw *hw)
{
	uint32_t ctrl;
	int ret;

	/* MAC follows the PHY (ASDE), link forced up from the MAC side;
	 * no forced speed/duplex (SDM 14.5 "Link Setup"). */
	ctrl = e1000_read_reg(hw, E1000_CTRL);
	ctrl &= ~(E1000_CTRL_FRCSPD | E1000_CTRL_FRCDPX | E1000_CTRL_LRST |
		E1000_CTRL_ILOS | E1000_CTRL_PHY_RST);
	ctrl |= E1000_CTRL_SLU | E1000_CTRL_ASDE;
	e1000_write_reg(hw, E1000_CTRL, ctrl);
	/* Advertise 10/100/1000 and restart autonegotiation (802.3 22.2.4). */
	ret = e1000_phy_write(hw, PHY_AUTONEG_ADV,
		NWAY_AR_ALL_SPEEDS | NWAY_AR_SELECTOR_802_3);
	if (ret == 0)
		ret = e1000_phy_write(hw, PHY_1000T_CTRL, CR_1000T_FD_CAPS);
	if (ret == 0)
		ret = e1000_phy_write(hw, PHY_CTRL,
			MII_CR_AUTONEG_ENABLE | MII_CR_RESTART_AUTONEG);
	return ret;
}

int
e1000_phy_power(const struct e1000_hw *hw, bool up)
{
	uint16_t v;
	int ret = e1000_phy_read(hw, PHY_CTRL, &v);

	if (ret != 0)
		return ret;
	if (up)
		v = (uint16_t)((v & ~MII_CR_POWER_DOWN) |
			MII_CR_AUTONEG_ENABLE | MII_CR_RESTART_AUTONEG);
	else
		v |= MII_CR_POWER_DOWN;
	return e1000_phy_write(hw, PHY_CTRL, v);
}

void
e1000_get_link(const struct e1000_hw *hw, struct e1000_link_state *ls)
{
	static const uint32_t speeds[4] = { 10, 100, 1000, 1000 };
	uint32_t status = e1000_read_reg(hw, E1000_STATUS);

	ls->up = (status & E1000_STATUS_LU) != 0;
	ls->full_duplex = (status & E1000_STATUS_FD) != 0;
	ls->speed_mbps = speeds[(status & E1000_STATUS_SPEED_MASK) >>
		E1000_STATUS_SPEED_SHIFT];
}
