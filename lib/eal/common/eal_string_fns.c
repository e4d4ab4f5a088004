/* SPDX-License-Identifier: BSD-3-Clause */
/* String helpers: rte_strsplit, rte_strscpy, rte_str_to_size. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_string_fns.h>

int
rte_strsplit(char *string, int stringlen, char **tokens, int maxtokens,
	char delim)
{
	int i, n = 0;
	int start_token = 1;

	if (string == NULL || tokens == NULL || stringlen <= 0 ||
	    maxtokens <= 0) {
		errno = EINVAL;
		return -1;
	}
	for (i = 0; i < stringlen; i++) {
		if (string[i] == '\0' || n >= maxtokens)
			break;
		if (start_token) {
			tokens[n++] = &string[i];
			start_token = 0;
		}
		if (string[i] == delim) {
			string[i] = '\0';
			start_token = 1;
		}
	}
	return n;
}

ssize_t
rte_strscpy(char *dst, const char *src, size_t dsize)
{
	size_t i;

	for (i = 0; i < dsize; i++) {
		dst[i] = src[i];
		if (src[i] == '\0')
			return (ssize_t)i;
	}
	/* src did not fit: terminate what was copied */
	if (dsize > 0)
		dst[dsize - 1] = '\0';
	rte_errno = E2BIG;
	return -E2BIG;
}

uint64_t
rte_str_to_size(const char *str)
{
	char *end;
	unsigned long long size;

	if (str == NULL)
		return 0;
	while (isspace((unsigned char)*str))
		str++;
	if (*str == '-')
		return 0;
	errno = 0;
	size = strtoull(str, &end, 0);
	if (errno != 0)
		return 0;
	if (*end == ' ')
		end++;
	switch (*end) {
	case 'G': case 'g':
		size *= 1024; /* fall through */
	case 'M': case 'm':
		size *= 1024; /* fall through */
	case 'K': case 'k':
		size *= 1024; /* fall through */
	default:
		break;
	}
	return size;
}
