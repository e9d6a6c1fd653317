// libFuzzer's driver, called from Swift's main (libFuzzer's own main is not linked in).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
