/*
 * Preloaded after libasan by test/asan/run.sh and linked with -z initfirst,
 * so that glibc runs this constructor before any other library's.
 *
 * Why: with libasan only LD_PRELOADed (the stock postgres binary is not
 * instrumented), the ASan runtime initialises lazily on the first malloc.
 * The postgres binary pulls in libgpg-error (via libldap/gnutls/libgcrypt),
 * whose constructor runs before libasan's and calls bindtextdomain(), which
 * mallocs while holding glibc's gettext lock (_nl_state_lock). That first
 * malloc runs AsanInitInternal, whose dlerror() (after a failed
 * dlsym("swift_demangle")) calls dcgettext and takes and releases the same
 * lock again: the lock's state is corrupted and the next bindtextdomain(),
 * in postgres' main(), waits forever. Initialising ASan here first, outside
 * any lock, avoids that.
 */
extern void __asan_init(void);

__attribute__((constructor)) static void
asan_init_first(void)
{
	__asan_init();
}
