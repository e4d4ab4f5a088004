/* SPDX-License-Identifier: BSD-3-Clause */
/* Placeholder until the EAL version API lands. */
int pmdkit_eal_placeholder(void);
int pmdkit_eal_placeholder(void) { return 0; }
