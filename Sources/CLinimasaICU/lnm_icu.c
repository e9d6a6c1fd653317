// Wraps ICU's ubrk_* API for lnm_icu.h. The text is converted to UTF-16 into a buffer owned
// by the breaker, and boundaries are mapped back to UTF-8 offsets in one forward walk.
#include "lnm_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

struct lnm_breaker {
  UBreakIterator *iterator;
  int32_t kind;
  UChar *utf16;
  int32_t utf16_capacity;
  int32_t *utf8_offset_of;  // utf8_offset_of[i] = UTF-8 offset of UTF-16 unit i
  int32_t map_capacity;
};

lnm_breaker *lnm_breaker_open(int32_t kind, const char *locale, int32_t *err) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIteratorType type = kind == LNM_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
  if (U_FAILURE(status)) {
    *err = (int32_t)status;
    return NULL;
  }
  lnm_breaker *breaker = calloc(1, sizeof(lnm_breaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    *err = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = iterator;
  breaker->kind = kind;
  *err = 0;
  return breaker;
}

void lnm_breaker_close(lnm_breaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->iterator);
  free(breaker->utf16);
  free(breaker->utf8_offset_of);
  free(breaker);
}

// Grows both buffers to hold `units` UTF-16 units (+1 for the end offset).
static int lnm_reserve(lnm_breaker *b, int32_t units) {
  if (units + 1 <= b->utf16_capacity) return 1;
  int32_t capacity = units + 1 + units / 2;
  UChar *utf16 = realloc(b->utf16, sizeof(UChar) * (size_t)capacity);
  if (utf16 == NULL) return 0;
  b->utf16 = utf16;
  int32_t *map = realloc(b->utf8_offset_of, sizeof(int32_t) * (size_t)capacity);
  if (map == NULL) return 0;
  b->utf8_offset_of = map;
  b->utf16_capacity = capacity;
  b->map_capacity = capacity;
  return 1;
}

// Decodes UTF-8 to UTF-16, recording each unit's UTF-8 offset. Ill-formed bytes become
// U+FFFD one byte at a time, so every UTF-8 offset still maps to a unit.
static int32_t lnm_transcode(lnm_breaker *b, const uint8_t *s, int32_t length) {
  int32_t i = 0, n = 0;
  while (i < length) {
    uint32_t c = s[i];
    int32_t width = 1;
    if (c >= 0x80) {
      if (c >= 0xC2 && c <= 0xDF && i + 1 < length && (s[i + 1] & 0xC0) == 0x80) {
        c = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
        width = 2;
      } else if (c >= 0xE0 && c <= 0xEF && i + 2 < length && (s[i + 1] & 0xC0) == 0x80 &&
                 (s[i + 2] & 0xC0) == 0x80) {
        c = ((c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        width = (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) ? 3 : 1;
        if (width == 1) c = 0xFFFD;
      } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < length && (s[i + 1] & 0xC0) == 0x80 &&
                 (s[i + 2] & 0xC0) == 0x80 && (s[i + 3] & 0xC0) == 0x80) {
        c = ((c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
            ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
        width = (c >= 0x10000 && c <= 0x10FFFF) ? 4 : 1;
        if (width == 1) c = 0xFFFD;
      } else {
        c = 0xFFFD;
      }
    }
    if (c >= 0x10000) {
      c -= 0x10000;
      b->utf16[n] = (UChar)(0xD800 + (c >> 10));
      b->utf8_offset_of[n++] = i;
      b->utf16[n] = (UChar)(0xDC00 + (c & 0x3FF));
      b->utf8_offset_of[n++] = i;
    } else {
      b->utf16[n] = (UChar)c;
      b->utf8_offset_of[n++] = i;
    }
    i += width;
  }
  b->utf8_offset_of[n] = length;
  return n;
}

int32_t lnm_breaker_boundaries(lnm_breaker *breaker, const uint8_t *utf8, int32_t length,
                               int32_t *offsets, int32_t *statuses, int32_t capacity,
                               int32_t *err) {
  *err = 0;
  if (length <= 0) return 0;
  // A UTF-8 byte never yields more than one UTF-16 unit, except a 4-byte sequence (2 units).
  if (!lnm_reserve(breaker, length)) {
    *err = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return -1;
  }
  int32_t units = lnm_transcode(breaker, utf8, length);
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, breaker->utf16, units, &status);
  if (U_FAILURE(status)) {
    *err = (int32_t)status;
    return -1;
  }
  int32_t count = 0;
  for (int32_t unit = ubrk_following(breaker->iterator, 0); unit != UBRK_DONE;
       unit = ubrk_next(breaker->iterator)) {
    if (count < capacity) {
      offsets[count] = breaker->utf8_offset_of[unit];
      if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
    }
    count++;
  }
  return count;
}

const char *lnm_icu_error_name(int32_t err) { return u_errorName((UErrorCode)err); }
