// jemalloc's options for the executables (linked through PEJABAT_ALLOCATOR).
//
// thp:always backs jemalloc's memory with transparent huge pages (it asks
// with madvise, which is what Debian's kernels honour by default). Extraction
// allocates and frees small strings and vectors at a high rate, and each
// worker thread starts on fresh memory: with 4 kB pages the first touches
// were 1,200 page faults for 1,000 articles on one thread and 2,650 on two,
// and the kernel's fault path on this VM is slow. With huge pages they are
// 380 and 540, and 1,000 articles took 0.095 s instead of 0.104 s on one
// thread and 0.057 s instead of 0.072 s on two (fastest of six). Peak RSS of
// a 1M-article build was 5,619 MiB (5,664-5,696 MiB before), under 6 GiB.
// MALLOC_CONF in the environment still overrides this.
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's interface.
const char* malloc_conf = "thp:always";
}
