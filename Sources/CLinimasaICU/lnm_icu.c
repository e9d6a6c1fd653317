// Wraps ICU's ubrk_* API for lnm_icu.h. The text is converted to UTF-16 once into a buffer
// owned by the segmenter, and boundaries are mapped back to UTF-8 offsets through a table
// filled in the same pass.
#include "lnm_icu.h"

#include <stdint.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

struct lnm_segmenter {
  UBreakIterator *sentences;
  UBreakIterator *words;
  UChar *utf16;
  int32_t *utf8_offset_of;  // utf8_offset_of[i] = UTF-8 offset of UTF-16 unit i
  int32_t capacity;         // of both buffers, in units
  int32_t units;            // of the current text
  int32_t words_have_text;  // whether the word iterator was given the current text
};

lnm_segmenter *lnm_segmenter_open(const char *locale, int32_t *err) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *sentences = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
  UBreakIterator *words = U_SUCCESS(status) ? ubrk_open(UBRK_WORD, locale, NULL, 0, &status) : NULL;
  lnm_segmenter *segmenter = U_SUCCESS(status) ? calloc(1, sizeof(lnm_segmenter)) : NULL;
  if (segmenter == NULL) {
    if (sentences != NULL) ubrk_close(sentences);
    if (words != NULL) ubrk_close(words);
    *err = U_SUCCESS(status) ? (int32_t)U_MEMORY_ALLOCATION_ERROR : (int32_t)status;
    return NULL;
  }
  segmenter->sentences = sentences;
  segmenter->words = words;
  *err = 0;
  return segmenter;
}

void lnm_segmenter_close(lnm_segmenter *segmenter) {
  if (segmenter == NULL) return;
  ubrk_close(segmenter->sentences);
  ubrk_close(segmenter->words);
  free(segmenter->utf16);
  free(segmenter->utf8_offset_of);
  free(segmenter);
}

// Grows both buffers to hold `units` UTF-16 units plus the end offset.
static int lnm_reserve(lnm_segmenter *s, int32_t units) {
  if (units + 1 <= s->capacity) return 1;
  int32_t capacity = units + 1 + units / 2;
  UChar *utf16 = realloc(s->utf16, sizeof(UChar) * (size_t)capacity);
  if (utf16 == NULL) return 0;
  s->utf16 = utf16;
  int32_t *map = realloc(s->utf8_offset_of, sizeof(int32_t) * (size_t)capacity);
  if (map == NULL) return 0;
  s->utf8_offset_of = map;
  s->capacity = capacity;
  return 1;
}

// Decodes `b[i..<length]` to UTF-16 from unit `n` on, recording each unit's UTF-8 offset,
// and returns the next unit. Ill-formed bytes become U+FFFD one byte at a time, so every
// UTF-8 offset still maps to a unit.
static int32_t lnm_transcode(lnm_segmenter *s, const uint8_t *b, int32_t i, int32_t length, int32_t n) {
  while (i < length) {
    // Runs of ASCII other than line breaks, the common case.
    while (i < length && b[i] < 0x80 && b[i] != 0x0A && b[i] != 0x0D) {
      s->utf16[n] = (UChar)b[i];
      s->utf8_offset_of[n++] = i++;
    }
    if (i >= length) break;
    uint32_t c = b[i];
    int32_t width = 1;
    if (c >= 0x80) {
      if (c >= 0xC2 && c <= 0xDF && i + 1 < length && (b[i + 1] & 0xC0) == 0x80) {
        c = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
        width = 2;
      } else if (c >= 0xE0 && c <= 0xEF && i + 2 < length && (b[i + 1] & 0xC0) == 0x80 &&
                 (b[i + 2] & 0xC0) == 0x80) {
        c = ((c & 0x0F) << 12) | ((uint32_t)(b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
        width = (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) ? 3 : 1;
        if (width == 1) c = 0xFFFD;
      } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < length && (b[i + 1] & 0xC0) == 0x80 &&
                 (b[i + 2] & 0xC0) == 0x80 && (b[i + 3] & 0xC0) == 0x80) {
        c = ((c & 0x07) << 18) | ((uint32_t)(b[i + 1] & 0x3F) << 12) |
            ((uint32_t)(b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        width = (c >= 0x10000 && c <= 0x10FFFF) ? 4 : 1;
        if (width == 1) c = 0xFFFD;
      } else {
        c = 0xFFFD;
      }
    }
    if (c == 0x0A || c == 0x0D) c = 0x20;
    if (c >= 0x10000) {
      c -= 0x10000;
      s->utf16[n] = (UChar)(0xD800 + (c >> 10));
      s->utf8_offset_of[n++] = i;
      s->utf16[n] = (UChar)(0xDC00 + (c & 0x3FF));
      s->utf8_offset_of[n++] = i;
    } else {
      s->utf16[n] = (UChar)c;
      s->utf8_offset_of[n++] = i;
    }
    i += width;
  }
  return n;
}

int32_t lnm_segmenter_set_text(lnm_segmenter *segmenter, const uint8_t *utf8, const int32_t *starts,
                               const int32_t *ends, int32_t count, int32_t *err) {
  *err = 0;
  // A UTF-8 byte never yields more than one UTF-16 unit (a 4-byte sequence yields 2), and
  // each span but the last gets one separator.
  int64_t needed = count;
  for (int32_t k = 0; k < count; k++) needed += ends[k] - starts[k];
  if (needed >= INT32_MAX || !lnm_reserve(segmenter, (int32_t)needed)) {
    *err = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return -1;
  }
  int32_t n = 0;
  for (int32_t k = 0; k < count; k++) {
    if (k > 0) {
      segmenter->utf16[n] = 0x2029;
      segmenter->utf8_offset_of[n++] = ends[k - 1];
    }
    n = lnm_transcode(segmenter, utf8, starts[k], ends[k], n);
  }
  segmenter->utf8_offset_of[n] = count > 0 ? ends[count - 1] : 0;
  segmenter->units = n;
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(segmenter->sentences, segmenter->utf16, segmenter->units, &status);
  segmenter->words_have_text = 0;
  if (U_FAILURE(status)) {
    *err = (int32_t)status;
    return -1;
  }
  return 0;
}

// The first UTF-16 unit whose UTF-8 offset is >= `offset` (binary search; the map is
// non-decreasing and ends with the text's length).
static int32_t lnm_unit_at(const lnm_segmenter *s, int32_t offset) {
  int32_t low = 0, high = s->units;
  while (low < high) {
    int32_t middle = low + (high - low) / 2;
    if (s->utf8_offset_of[middle] < offset) low = middle + 1; else high = middle;
  }
  return low;
}

// Walks `iterator` over [start, end) of the text, writing mapped boundaries; the last one
// is always `end`.
static int32_t lnm_boundaries(lnm_segmenter *s, UBreakIterator *iterator, int32_t start, int32_t end,
                              int32_t *offsets, int32_t *statuses, int32_t capacity) {
  if (s->units == 0 || start >= end) return 0;
  int32_t first = lnm_unit_at(s, start), last = lnm_unit_at(s, end);
  int32_t count = 0;
  int32_t unit = ubrk_following(iterator, first);
  for (; unit != UBRK_DONE && unit < last; unit = ubrk_next(iterator)) {
    if (count < capacity) {
      offsets[count] = s->utf8_offset_of[unit];
      if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator);
    }
    count++;
  }
  if (count < capacity) {
    offsets[count] = end;
    if (statuses != NULL) statuses[count] = unit == last ? ubrk_getRuleStatus(iterator) : 0;
  }
  return count + 1;
}

int32_t lnm_segmenter_sentences(lnm_segmenter *segmenter, int32_t start, int32_t end, int32_t *offsets,
                                int32_t capacity) {
  return lnm_boundaries(segmenter, segmenter->sentences, start, end, offsets, NULL, capacity);
}

int32_t lnm_segmenter_words(lnm_segmenter *segmenter, int32_t start, int32_t end, int32_t *offsets,
                            int32_t *statuses, int32_t capacity) {
  // The word iterator takes the text only when words are asked for: sentences alone are
  // the common case.
  if (!segmenter->words_have_text) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(segmenter->words, segmenter->utf16, segmenter->units, &status);
    if (U_FAILURE(status)) return 0;
    segmenter->words_have_text = 1;
  }
  return lnm_boundaries(segmenter, segmenter->words, start, end, offsets, statuses, capacity);
}

const char *lnm_icu_error_name(int32_t err) { return u_errorName((UErrorCode)err); }
