/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Parsing of "key=value,key2=value2" argument strings (DPDK 22.11
 * rte_kvargs.h), used for device arguments.
 */
#ifndef _RTE_KVARGS_H_
#define _RTE_KVARGS_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_compat.h>

/** Maximum number of pairs. */
#define RTE_KVARGS_MAX 32
#define RTE_KVARGS_PAIRS_DELIM ","
#define RTE_KVARGS_KV_DELIM "="

/** Called for each matching pair; non-zero stops rte_kvargs_process. */
typedef int (*arg_handler_t)(const char *key, const char *value, void *opaque);

struct rte_kvargs_pair {
	char *key;
	char *value;	/**< NULL for a key given without "=value" */
};

struct rte_kvargs {
	char *str;	/**< copy of the string the pairs point into */
	unsigned count;
	struct rte_kvargs_pair pairs[RTE_KVARGS_MAX];
};

/**
 * Parse args. Values may contain commas inside [brackets]. If valid_keys
 * is not NULL (NULL-terminated), any other key is an error. NULL on error
 * (malformed string, unknown key, too many pairs), after logging why.
 */
struct rte_kvargs *rte_kvargs_parse(const char *args,
	const char *const valid_keys[]);
/** Parse only up to the first character of valid_ends (e.g. "/"). */
struct rte_kvargs *rte_kvargs_parse_delim(const char *args,
	const char *const valid_keys[], const char *valid_ends);
void rte_kvargs_free(struct rte_kvargs *kvlist);
/** Value of the first pair with key (NULL if none or no value). */
const char *rte_kvargs_get(const struct rte_kvargs *kvlist, const char *key);
/** Value of the first pair with key and, if value is not NULL, that value. */
const char *rte_kvargs_get_with_value(const struct rte_kvargs *kvlist,
	const char *key, const char *value);
/**
 * Call handler on every pair with key key_match (NULL: all pairs). 0, -1
 * if a handler returned non-zero or on a bad argument.
 */
int rte_kvargs_process(const struct rte_kvargs *kvlist, const char *key_match,
	arg_handler_t handler, void *opaque_arg);
/** Number of pairs with key key_match (NULL: all). */
unsigned rte_kvargs_count(const struct rte_kvargs *kvlist,
	const char *key_match);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_KVARGS_H_ */
