#include "lnm_digest.h"

#include <openssl/evp.h>

int32_t lnm_sha256(const uint8_t *bytes, size_t count, uint8_t *digest) {
  unsigned int length = 0;
  static const uint8_t empty = 0;
  if (EVP_Digest(count > 0 ? bytes : &empty, count, digest, &length, EVP_sha256(), NULL) != 1 || length != 32) {
    return -1;
  }
  return 0;
}
