// SHA-256 from the system OpenSSL (libcrypto), over bytes in memory.
// Only stdint types cross this header, so Swift never sees OpenSSL's own headers.
#ifndef LNM_DIGEST_H
#define LNM_DIGEST_H

#include <stddef.h>
#include <stdint.h>

/// Writes the SHA-256 digest of `bytes[0..<count]` to `digest` (32 bytes). Returns 0, or -1
/// when libcrypto fails.
int32_t lnm_sha256(const uint8_t *bytes, size_t count, uint8_t *digest);

#endif
