// Sentence and word boundaries from the system ICU, over UTF-8 text.
// Only stdint types cross this header, so Swift never sees ICU's own headers.
#ifndef LNM_ICU_H
#define LNM_ICU_H

#include <stdint.h>

/// An ICU sentence iterator and word iterator sharing one text; use from one thread at a time.
typedef struct lnm_segmenter lnm_segmenter;

/// Opens a segmenter for `locale` ("" for root). Returns NULL and sets `*err` on failure.
lnm_segmenter *lnm_segmenter_open(const char *locale, int32_t *err);

/// Releases a segmenter; NULL is ignored.
void lnm_segmenter_close(lnm_segmenter *segmenter);

/// Makes `utf8[0..<length]` the text of both iterators (converted to UTF-16 once, with
/// line breaks read as spaces so hard-wrapped lines do not end sentences). Returns 0, or
/// -1 with `*err` set.
int32_t lnm_segmenter_set_text(lnm_segmenter *segmenter, const uint8_t *utf8, int32_t length, int32_t *err);

/// Writes the sentence boundaries inside `[start, end)` of the current text (UTF-8 byte
/// offsets, ascending, each > start, the last == end) to `offsets`. Returns how many there
/// are, which may exceed `capacity` (then only `capacity` were written and the caller calls
/// again with a larger buffer).
int32_t lnm_segmenter_sentences(lnm_segmenter *segmenter, int32_t start, int32_t end, int32_t *offsets,
                                int32_t capacity);

/// Like `lnm_segmenter_sentences` for word boundaries, also writing ICU's rule status of
/// the segment ending at each boundary to `statuses` (0 for a segment cut short at `end`).
int32_t lnm_segmenter_words(lnm_segmenter *segmenter, int32_t start, int32_t end, int32_t *offsets,
                            int32_t *statuses, int32_t capacity);

/// A short English description of an ICU error code.
const char *lnm_icu_error_name(int32_t err);

#endif
