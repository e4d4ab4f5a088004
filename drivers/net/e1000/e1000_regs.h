/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Register map of the Intel 8254x / 82574 family, shared by the e1000 PMDs
 * (em today; igb/igbvf later). Offsets and bits from the PCI/PCI-X Family
 * of Gigabit Ethernet Controllers Software Developer's Manual (8254x SDM,
 * section 13) and the 82574 GbE Controller Datasheet (section 10).
 */
#ifndef _E1000_REGS_H_
#define _E1000_REGS_H_

/* General (SDM 13.4) */
#define E1000_CTRL	0x00000
#define E1000_STATUS	0x00008
#define E1000_EECD	0x00010
#define E1000_EERD	0x00014
#define E1000_CTRL_EXT	0x00018
#define E1000_MDIC	0x00020
#define E1000_VET	0x00038
#define E1000_ICR	0x000C0
#define E1000_ITR	0x000C4
#define E1000_ICS	0x000C8
#define E1000_IMS	0x000D0
#define E1000_IMC	0x000D8
#define E1000_EIAC_82574 0x000DC
#define E1000_IAM	0x000E0
#define E1000_IVAR_82574 0x000E4
#define E1000_EITR_82574(n) (0x000E8 + 4 * (n))	/* MSI-X vector n */
#define E1000_RCTL	0x00100
#define E1000_TCTL	0x00400
#define E1000_TIPG	0x00410
#define E1000_RDBAL	0x02800
#define E1000_RDBAH	0x02804
#define E1000_RDLEN	0x02808
#define E1000_RDH	0x02810
#define E1000_RDT	0x02818
#define E1000_RDTR	0x02820
#define E1000_RXDCTL	0x02828
#define E1000_RADV	0x0282C
#define E1000_TDBAL	0x03800
#define E1000_TDBAH	0x03804
#define E1000_TDLEN	0x03808
#define E1000_TDH	0x03810
#define E1000_TDT	0x03818
#define E1000_TIDV	0x03820
#define E1000_TXDCTL	0x03828
#define E1000_TADV	0x0382C
#define E1000_RXCSUM	0x05000
#define E1000_RFCTL	0x05008
#define E1000_MTA	0x05200	/* 128 x 32 bits */
#define E1000_RAL(i)	(0x05400 + 8 * (i))
#define E1000_RAH(i)	(0x05404 + 8 * (i))
#define E1000_VFTA	0x05600	/* 128 x 32 bits */
#define E1000_MTA_SIZE	128
#define E1000_VFTA_SIZE	128

/* CTRL (SDM 13.4.1) */
#define E1000_CTRL_FD		(1u << 0)
#define E1000_CTRL_LRST		(1u << 3)
#define E1000_CTRL_ASDE		(1u << 5)
#define E1000_CTRL_SLU		(1u << 6)
#define E1000_CTRL_ILOS		(1u << 7)
#define E1000_CTRL_FRCSPD	(1u << 11)
#define E1000_CTRL_FRCDPX	(1u << 12)
#define E1000_CTRL_RST		(1u << 26)
#define E1000_CTRL_VME		(1u << 30)
#define E1000_CTRL_PHY_RST	(1u << 31)

/* STATUS (SDM 13.4.2) */
#define E1000_STATUS_FD		(1u << 0)
#define E1000_STATUS_LU		(1u << 1)
#define E1000_STATUS_SPEED_SHIFT 6
#define E1000_STATUS_SPEED_MASK	(3u << 6)

/* EERD: 8254x (SDM 13.4.4) and 82574 (datasheet 10.2.2.3) differ. */
#define E1000_EERD_START	(1u << 0)
#define E1000_EERD_DONE_8254X	(1u << 4)
#define E1000_EERD_ADDR_SHIFT_8254X 8
#define E1000_EERD_DONE_82574	(1u << 1)
#define E1000_EERD_ADDR_SHIFT_82574 2
#define E1000_EERD_DATA_SHIFT	16

/* MDIC (SDM 13.4.6) */
#define E1000_MDIC_REG_SHIFT	16
#define E1000_MDIC_PHY_SHIFT	21
#define E1000_MDIC_OP_WRITE	(1u << 26)
#define E1000_MDIC_OP_READ	(2u << 26)
#define E1000_MDIC_READY	(1u << 28)
#define E1000_MDIC_ERROR	(1u << 30)

/* PHY registers (IEEE 802.3 clause 22) */
#define PHY_CTRL		0x00
#define PHY_STATUS		0x01
#define PHY_AUTONEG_ADV		0x04
#define PHY_1000T_CTRL		0x09
#define MII_CR_RESTART_AUTONEG	(1u << 9)
#define MII_CR_POWER_DOWN	(1u << 11)
#define MII_CR_AUTONEG_ENABLE	(1u << 12)
#define MII_SR_LINK_STATUS	(1u << 2)
#define MII_SR_AUTONEG_COMPLETE	(1u << 5)
#define NWAY_AR_ALL_SPEEDS	0x01e0	/* 10/100 half/full */
#define NWAY_AR_SELECTOR_802_3	0x0001
#define CR_1000T_FD_CAPS	0x0200

/* Interrupt cause bits, ICR/IMS/IMC/ICS (SDM 13.4.17; 82574 10.2.4.1) */
#define E1000_ICR_TXDW		(1u << 0)
#define E1000_ICR_LSC		(1u << 2)
#define E1000_ICR_RXSEQ		(1u << 3)
#define E1000_ICR_RXDMT0	(1u << 4)
#define E1000_ICR_RXO		(1u << 6)
#define E1000_ICR_RXT0		(1u << 7)
#define E1000_ICR_RXQ0_82574	(1u << 20)
#define E1000_ICR_OTHER_82574	(1u << 24)
#define E1000_ICR_ASSERTED	(1u << 31)

/* IVAR (82574 10.2.4.9): 4-bit fields, vector number + valid bit. */
#define E1000_IVAR_VALID	0x8u
#define E1000_IVAR_RXQ0_SHIFT	0
#define E1000_IVAR_TXQ0_SHIFT	8
#define E1000_IVAR_OTHER_SHIFT	16

/* RCTL (SDM 13.4.22) */
#define E1000_RCTL_EN		(1u << 1)
#define E1000_RCTL_SBP		(1u << 2)
#define E1000_RCTL_UPE		(1u << 3)
#define E1000_RCTL_MPE		(1u << 4)
#define E1000_RCTL_LPE		(1u << 5)
#define E1000_RCTL_RDMTS_HALF	(0u << 8)
#define E1000_RCTL_BAM		(1u << 15)
#define E1000_RCTL_SZ_2048	(0u << 16)
#define E1000_RCTL_SZ_1024	(1u << 16)
#define E1000_RCTL_SZ_512	(2u << 16)
#define E1000_RCTL_SZ_256	(3u << 16)
#define E1000_RCTL_SZ_16384	((1u << 16) | (1u << 25))
#define E1000_RCTL_SZ_8192	((2u << 16) | (1u << 25))
#define E1000_RCTL_SZ_4096	((3u << 16) | (1u << 25))
#define E1000_RCTL_VFE		(1u << 18)
#define E1000_RCTL_SECRC	(1u << 26)

/* RFCTL (82574 10.2.5.10): extended rx descriptors. */
#define E1000_RFCTL_EXTEN	(1u << 15)

/* RXCSUM (SDM 13.4.24) */
#define E1000_RXCSUM_IPOFL	(1u << 8)
#define E1000_RXCSUM_TUOFL	(1u << 9)

/* TCTL (SDM 13.4.33): collision threshold 15, distance 64 (full duplex). */
#define E1000_TCTL_EN		(1u << 1)
#define E1000_TCTL_PSP		(1u << 3)
#define E1000_TCTL_CT		(0x0fu << 4)
#define E1000_TCTL_COLD		(0x40u << 12)
/* TIPG for copper (SDM 13.4.34): IPGT 10, IPGR1 8, IPGR2 6. */
#define E1000_TIPG_COPPER	(10u | (8u << 10) | (6u << 20))

/* TXDCTL/RXDCTL (82574 10.2.6): GRAN = descriptors, WTHRESH 1. */
#define E1000_TXDCTL_GRAN	(1u << 24)
#define E1000_TXDCTL_WTHRESH_1	(1u << 16)

/* RAH (SDM 13.4.27) */
#define E1000_RAH_AV		(1u << 31)

/* Statistics registers (SDM 13.7): clear on read. */
#define E1000_CRCERRS	0x04000
#define E1000_ALGNERRC	0x04004
#define E1000_SYMERRS	0x04008
#define E1000_RXERRC	0x0400C
#define E1000_MPC	0x04010
#define E1000_SCC	0x04014
#define E1000_ECOL	0x04018
#define E1000_MCC	0x0401C
#define E1000_LATECOL	0x04020
#define E1000_COLC	0x04028
#define E1000_DC	0x04030
#define E1000_SEC	0x04038
#define E1000_RLEC	0x04040
#define E1000_XONRXC	0x04048
#define E1000_XONTXC	0x0404C
#define E1000_XOFFRXC	0x04050
#define E1000_XOFFTXC	0x04054
#define E1000_PRC64	0x0405C
#define E1000_PRC127	0x04060
#define E1000_PRC255	0x04064
#define E1000_PRC511	0x04068
#define E1000_PRC1023	0x0406C
#define E1000_PRC1522	0x04070
#define E1000_GPRC	0x04074
#define E1000_BPRC	0x04078
#define E1000_MPRC	0x0407C
#define E1000_GPTC	0x04080
#define E1000_GORCL	0x04088
#define E1000_GOTCL	0x04090
#define E1000_RNBC	0x040A0
#define E1000_RUC	0x040A4
#define E1000_RFC	0x040A8
#define E1000_ROC	0x040AC
#define E1000_RJC	0x040B0
#define E1000_TORL	0x040C0
#define E1000_TOTL	0x040C8
#define E1000_TPR	0x040D0
#define E1000_TPT	0x040D4
#define E1000_PTC64	0x040D8
#define E1000_PTC127	0x040DC
#define E1000_PTC255	0x040E0
#define E1000_PTC511	0x040E4
#define E1000_PTC1023	0x040E8
#define E1000_PTC1522	0x040EC
#define E1000_MPTC	0x040F0
#define E1000_BPTC	0x040F4
#define E1000_TSCTC	0x040F8

#endif /* _E1000_REGS_H_ */
