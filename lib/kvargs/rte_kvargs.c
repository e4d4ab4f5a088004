/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * "key=value,key=value" parsing. A value may hold commas inside [..]
 * (e.g. "queues=[0,1]"); a key may come without a value. Malformed
 * strings are rejected with a log line saying what is wrong.
 */
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_string_fns.h>

#include "rte_kvargs.h"

#define KV_LOG(...) rte_log(RTE_LOG_ERR, RTE_LOGTYPE_EAL, "KVARGS: " __VA_ARGS__)

/* End of the pair starting at p: the next ',' outside brackets. */
static char *
pair_end(char *p, const char *whole)
{
	int depth = 0;

	for (; *p != '\0'; p++) {
		if (*p == '[')
			depth++;
		else if (*p == ']' && --depth < 0)
			break;
		else if (*p == ',' && depth == 0)
			return p;
	}
	if (depth != 0) {
		KV_LOG("'%s': unbalanced brackets\n", whole);
		return NULL;
	}
	return p;
}

static int
tokenize(struct rte_kvargs *kvlist, const char *whole)
{
	char *p = kvlist->str, *end, *eq;

	if (*p == '\0')
		return 0;	/* no arguments at all is fine */
	for (;;) {
		end = pair_end(p, whole);
		if (end == NULL)
			return -1;
		if (end == p) {
			KV_LOG("'%s': empty key=value pair\n", whole);
			return -1;
		}
		if (kvlist->count >= RTE_KVARGS_MAX) {
			KV_LOG("'%s': more than %d pairs\n", whole,
				RTE_KVARGS_MAX);
			return -1;
		}
		{
			char last = *end;

			*end = '\0';
			eq = strchr(p, '=');
			if (eq == p) {
				KV_LOG("'%s': value without a key\n", whole);
				return -1;
			}
			if (eq != NULL)
				*eq = '\0';
			kvlist->pairs[kvlist->count].key = p;
			kvlist->pairs[kvlist->count].value = eq ? eq + 1 : NULL;
			kvlist->count++;
			if (last == '\0')
				return 0;
		}
		p = end + 1;
		if (*p == '\0') {
			KV_LOG("'%s': trailing ','\n", whole);
			return -1;
		}
	}
}

static int
check_keys(const struct rte_kvargs *kvlist, const char *const valid[],
	const char *whole)
{
	unsigned int i;
	const char *const *k;

	if (valid == NULL)
		return 0;
	for (i = 0; i < kvlist->count; i++) {
		for (k = valid; *k != NULL; k++)
			if (strcmp(kvlist->pairs[i].key, *k) == 0)
				break;
		if (*k == NULL) {
			char keys[256] = "";
			size_t len = 0;

			for (k = valid; *k != NULL && len < sizeof(keys) - 2; k++)
				len += (size_t)snprintf(keys + len,
					sizeof(keys) - len, "%s%s",
					len ? ", " : "", *k);
			KV_LOG("'%s': unknown key '%s' (valid: %s)\n", whole,
				kvlist->pairs[i].key, keys);
			return -1;
		}
	}
	return 0;
}

struct rte_kvargs *
rte_kvargs_parse(const char *args, const char *const valid_keys[])
{
	struct rte_kvargs *kvlist;

	if (args == NULL)
		return NULL;
	kvlist = calloc(1, sizeof(*kvlist));
	if (kvlist == NULL)
		return NULL;
	kvlist->str = strdup(args);
	if (kvlist->str == NULL || tokenize(kvlist, args) != 0 ||
	    check_keys(kvlist, valid_keys, args) != 0) {
		rte_kvargs_free(kvlist);
		return NULL;
	}
	return kvlist;
}

struct rte_kvargs *
rte_kvargs_parse_delim(const char *args, const char *const valid_keys[],
	const char *valid_ends)
{
	struct rte_kvargs *kvlist;
	char *copy;
	size_t n;

	if (valid_ends == NULL)
		return rte_kvargs_parse(args, valid_keys);
	if (args == NULL)
		return NULL;
	n = strcspn(args, valid_ends);
	copy = strndup(args, n);
	if (copy == NULL)
		return NULL;
	kvlist = rte_kvargs_parse(copy, valid_keys);
	free(copy);
	return kvlist;
}

void
rte_kvargs_free(struct rte_kvargs *kvlist)
{
	if (kvlist == NULL)
		return;
	free(kvlist->str);
	free(kvlist);
}

const char *
rte_kvargs_get_with_value(const struct rte_kvargs *kvlist, const char *key,
	const char *value)
{
	unsigned int i;

	if (kvlist == NULL)
		return NULL;
	for (i = 0; i < kvlist->count; i++) {
		const struct rte_kvargs_pair *p = &kvlist->pairs[i];

		if (key != NULL && strcmp(p->key, key) != 0)
			continue;
		if (value != NULL &&
		    (p->value == NULL || strcmp(p->value, value) != 0))
			continue;
		return p->value;
	}
	return NULL;
}

const char *
rte_kvargs_get(const struct rte_kvargs *kvlist, const char *key)
{
	if (kvlist == NULL || key == NULL)
		return NULL;
	return rte_kvargs_get_with_value(kvlist, key, NULL);
}

int
rte_kvargs_process(const struct rte_kvargs *kvlist, const char *key_match,
	arg_handler_t handler, void *opaque_arg)
{
	unsigned int i;

	if (kvlist == NULL)
		return 0;	/* no arguments: nothing to do */
	if (handler == NULL)
		return -1;
	for (i = 0; i < kvlist->count; i++) {
		const struct rte_kvargs_pair *p = &kvlist->pairs[i];

		if (key_match != NULL && strcmp(p->key, key_match) != 0)
			continue;
		if (handler(p->key, p->value, opaque_arg) != 0)
			return -1;
	}
	return 0;
}

unsigned int
rte_kvargs_count(const struct rte_kvargs *kvlist, const char *key_match)
{
	unsigned int i, n = 0;

	if (kvlist == NULL)
		return 0;
	for (i = 0; i < kvlist->count; i++)
		if (key_match == NULL || strcmp(kvlist->pairs[i].key, key_match) == 0)
			n++;
	return n;
}
