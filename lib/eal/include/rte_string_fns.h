/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * String helpers (DPDK 22.11 rte_string_fns.h).
 */
#ifndef _RTE_STRING_FNS_H_
#define _RTE_STRING_FNS_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include <rte_common.h>

/**
 * Split string in place at delim into at most maxtokens tokens.
 * Returns the number of tokens, or -1 (errno EINVAL) on bad arguments.
 */
int rte_strsplit(char *string, int stringlen, char **tokens, int maxtokens,
	char delim);

/** BSD strlcpy: copies what fits, always terminates, returns strlen(src). */
static inline size_t
rte_strlcpy(char *dst, const char *src, size_t size)
{
	return (size_t)snprintf(dst, size, "%s", src);
}

/** BSD strlcat: appends what fits; returns the length it tried to make. */
static inline size_t
rte_strlcat(char *dst, const char *src, size_t size)
{
	size_t l = strnlen(dst, size);

	if (l < size)
		return l + rte_strlcpy(&dst[l], src, size - l);
	return l + strlen(src);
}

#ifndef RTE_USE_LIBBSD
#define strlcpy(dst, src, size) rte_strlcpy(dst, src, size)
#define strlcat(dst, src, size) rte_strlcat(dst, src, size)
#endif

/**
 * Copy src into dst (dsize bytes), always terminated. Returns the length
 * copied, or -E2BIG (and rte_errno E2BIG) if src was truncated.
 */
ssize_t rte_strscpy(char *dst, const char *src, size_t dsize);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_STRING_FNS_H_ */
