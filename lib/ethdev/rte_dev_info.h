/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Register and EEPROM dump descriptions (DPDK 22.11 rte_dev_info.h).
 */
#ifndef _RTE_DEV_INFO_H_
#define _RTE_DEV_INFO_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>

/** Register dump: data NULL asks for length and width only. */
struct rte_dev_reg_info {
	void *data;		/**< buffer of length * width bytes */
	uint32_t offset;	/**< first register (bytes) */
	uint32_t length;	/**< number of registers, 0: all */
	uint32_t width;		/**< bytes per register */
	uint32_t version;	/**< device version, identifies the layout */
};

/** EEPROM access. */
struct rte_dev_eeprom_info {
	void *data;
	uint32_t offset;
	uint32_t length;
	uint32_t magic;		/**< device id, checked on write */
};

/** Plug-in module (SFP) EEPROM type and size. */
struct rte_eth_dev_module_info {
	uint32_t type;		/**< RTE_ETH_MODULE_SFF_* */
	uint32_t eeprom_len;
};

#define RTE_ETH_MODULE_SFF_8079         0x1
#define RTE_ETH_MODULE_SFF_8079_LEN     256
#define RTE_ETH_MODULE_SFF_8472         0x2
#define RTE_ETH_MODULE_SFF_8472_LEN     512
#define RTE_ETH_MODULE_SFF_8636         0x3
#define RTE_ETH_MODULE_SFF_8636_LEN     256
#define RTE_ETH_MODULE_SFF_8636_MAX_LEN 640
#define RTE_ETH_MODULE_SFF_8436         0x4
#define RTE_ETH_MODULE_SFF_8436_LEN     256
#define RTE_ETH_MODULE_SFF_8436_MAX_LEN 640

#ifdef __cplusplus
}
#endif

#endif /* _RTE_DEV_INFO_H_ */
