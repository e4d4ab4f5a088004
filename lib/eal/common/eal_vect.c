/* SPDX-License-Identifier: BSD-3-Clause */
/* Largest SIMD width data paths may use (--force-max-simd-bitwidth). */
#include <errno.h>

#include <rte_common.h>
#include <rte_vect.h>

#include "eal_private.h"

static uint16_t simd_bitwidth = RTE_VECT_DEFAULT_SIMD_BITWIDTH;

uint16_t
rte_vect_get_max_simd_bitwidth(void)
{
	return simd_bitwidth;
}

int
rte_vect_set_max_simd_bitwidth(uint16_t bitwidth)
{
	if (eal_cfg.simd_forced && bitwidth != eal_cfg.max_simd_bitwidth)
		return -EPERM;
	if (bitwidth < RTE_VECT_SIMD_DISABLED || !rte_is_power_of_2(bitwidth))
		return -EINVAL;
	simd_bitwidth = bitwidth;
	return 0;
}
