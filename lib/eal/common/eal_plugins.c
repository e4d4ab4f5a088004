/* SPDX-License-Identifier: BSD-3-Clause */
/* Drivers given with -d: a shared object, or every .so of a directory,
 * loaded with dlopen (their constructors register them). */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <rte_common.h>

#include "eal_private.h"

struct plugin {
	char *path;
	void *handle;
};
static struct plugin *plugins;
static unsigned int nb_plugins;

int
eal_plugins_add(const char *path)
{
	struct plugin *n;

	n = realloc(plugins, sizeof(*n) * (nb_plugins + 1));
	if (n == NULL)
		return -1;
	plugins = n;
	plugins[nb_plugins].path = strdup(path);
	plugins[nb_plugins].handle = NULL;
	if (plugins[nb_plugins].path == NULL)
		return -1;
	nb_plugins++;
	return 0;
}

static int
plugin_load(const char *path)
{
	void *h = dlopen(path, RTLD_NOW);

	if (h == NULL) {
		EAL_LOG(ERR, "-d %s: cannot load driver: %s\n", path, dlerror());
		return -1;
	}
	EAL_LOG(DEBUG, "loaded driver %s\n", path);
	return 0;
}

int
eal_plugins_load(void)
{
	unsigned int i;
	struct stat st;

	for (i = 0; i < nb_plugins; i++) {
		const char *p = plugins[i].path;

		if (stat(p, &st) != 0) {
			EAL_LOG(ERR, "-d %s: %s\n", p, strerror(errno));
			return -1;
		}
		if (S_ISDIR(st.st_mode)) {
			char file[PATH_MAX];
			struct dirent *de;
			DIR *d = opendir(p);

			if (d == NULL) {
				EAL_LOG(ERR, "-d %s: %s\n", p, strerror(errno));
				return -1;
			}
			while ((de = readdir(d)) != NULL) {
				size_t l = strlen(de->d_name);

				if (l < 4 || strcmp(de->d_name + l - 3, ".so") != 0)
					continue;
				snprintf(file, sizeof(file), "%s/%s", p, de->d_name);
				if (plugin_load(file) != 0) {
					closedir(d);
					return -1;
				}
			}
			closedir(d);
		} else if (plugin_load(p) != 0) {
			return -1;
		}
	}
	return 0;
}

void
eal_plugins_free(void)
{
	unsigned int i;

	/* libraries stay loaded: their code may still be referenced */
	for (i = 0; i < nb_plugins; i++)
		free(plugins[i].path);
	free(plugins);
	plugins = NULL;
	nb_plugins = 0;
}
