/* The repair decoder's beam search over one line, in C (see beam.py; decoder.py is the same search
 * in numpy and the reference). Built by scripts/setup.sh into _kernels.so, loaded with ctypes.
 *
 * Why: a line of legacy OCR offers ~30 readings per token and the beam keeps 8 states, ~240
 * bigram transitions per token; numpy pays its call overhead ~30 times per token, here a
 * transition is a binary search and a log.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

/* The SHA-256 of this file, given by the build (scripts/setup.sh): kernels.py loads no library built
 * from another version of it, whose functions could take other arguments. */
#ifndef KERNELS_SOURCE_SHA256
#define KERNELS_SOURCE_SHA256 ""
#endif

const char *kernels_source(void) { return KERNELS_SOURCE_SHA256; }

#define MAX_BEAM 64
/* log is within an ulp or so of the exact value, not monotone by proof: the ceiling's log-prob is raised by
 * far more than that before it bounds another */
#define CEILING_MARGIN 1e-9

typedef struct {
    const int64_t *keys;        /* sorted previous * size + word, a sentinel past the last */
    int64_t n_keys;
    const int64_t *starts;      /* per previous id v (and v = size): the first key >= v * size */
    const double *discounted;   /* max(count - D, 0) per key */
    const double *inverse_total;
    const double *backoff;
    const double *continuation;
    int64_t size;               /* ids 0 .. size-1; the last one: any word the model lacks */
    double floor;
    const double *ceiling;      /* per word: no context gives it a higher P (see ceilings) */
} LM;

/* A context: its followers are the keys in [lo, hi) (keys sort by previous word first), so a
 * transition searches only those; its back-off weights are read once. */
typedef struct {
    int64_t id, lo, hi;
    double inverse_total, backoff;
} Context;

static Context context(const LM *lm, int64_t previous) {
    Context c;
    c.id = previous;
    c.lo = lm->starts[previous];  /* two binary searches over all keys per state and token were ~4 % of repair */
    c.hi = lm->starts[previous + 1];
    c.inverse_total = lm->inverse_total[previous];
    c.backoff = lm->backoff[previous];
    return c;
}

/* lower_bound without a branch per halving (a conditional move): the followers of a frequent context
 * are thousands, and a mispredicted branch per halving was most of a transition's cost */
static int64_t lower_bound(const int64_t *keys, int64_t lo, int64_t hi, int64_t key) {
    const int64_t *first = keys + lo;
    int64_t n = hi - lo;
    if (n <= 0) return lo;
    while (n > 1) {
        int64_t half = n >> 1;
        first = first[half] < key ? first + half : first;
        n -= half;
    }
    return (first - keys) + (*first < key);
}

static double prob(const LM *lm, const Context *c, int64_t word) {
    int64_t key = c->id * lm->size + word, at = lower_bound(lm->keys, c->lo, c->hi, key);
    double seen = at < c->hi && lm->keys[at] == key ? lm->discounted[at] : 0.0;
    double p = seen * c->inverse_total + c->backoff * lm->continuation[word];
    return p > lm->floor ? p : lm->floor;
}

/* Per word w, the highest P(w | v) over every context v, as prob computes it (the same expression, so the
 * same doubles): the most of a seen pair's, fl(max backoff x continuation[w]) for the unseen ones (a
 * rounded product grows with its factor), the floor. beam_decode stops scanning the states for an option
 * once even this could not lift a state above the best found. */
void ceilings(const int64_t *keys, int64_t n_keys, const double *discounted, const double *inverse_total,
              const double *backoff, const double *continuation, int64_t size, double floor, double *out) {
    double most = 0.0;
    for (int64_t v = 0; v < size; v++) if (backoff[v] > most) most = backoff[v];
    for (int64_t w = 0; w < size; w++) {
        double p = most * continuation[w];
        out[w] = p > floor ? p : floor;
    }
    for (int64_t k = 0; k < n_keys; k++) {
        int64_t v = keys[k] / size, w = keys[k] % size;
        double p = discounted[k] * inverse_total[v] + backoff[v] * continuation[w];
        if (p > out[w]) out[w] = p;
    }
}

/* The document's own words (decoder.py, DocumentCache): P(word) mixed as p * keep + share, share = weight *
 * counts[word] / total, written so because the numpy search computes it so (the same doubles); counts NULL:
 * none counted yet, share 0 (keep 1 where there is no document cache at all). Computed here, not as a
 * shares array per line (the one numpy operation left on the compiled path), once per option: a division
 * per transition was a third of the search's own time. */
typedef struct {
    const double *counts;
    double total, weight, keep;
} Cache;

static double share(const Cache *cache, int64_t word) {
    return cache->counts ? cache->weight * cache->counts[word] / cache->total : 0.0;
}

/* log P(word | previous), the document's words mixed in (`shared`: the word's share), `<unk>` at a fixed cost */
static double transition(const LM *lm, const Context *c, int64_t word, const Cache *cache, double shared,
                         int64_t unknown, double unknown_logprob) {
    if (word == unknown) return unknown_logprob;
    return log(prob(lm, c, word) * cache->keep + shared);
}

/* A line of n_steps tokens (punctuation alone left out). Step t has meta[2t] options and
 * meta[2t+1] transitions inside options of several tokens; its ints are, in order, the options'
 * first and last language-model ids, the inner transitions' options and word ids, and its floats
 * the options' emissions and the inner transitions' P(word | previous) (the model's own); steps
 * follow each other in both arrays. counts, total, weight, keep: the document cache (see share). work:
 * n_steps * (2 * beam + 1); its last n_steps hold the option chosen at each step. */
int beam_decode(const int64_t *keys, int64_t n_keys, const int64_t *starts, const double *discounted,
                const double *inverse_total,
                const double *backoff, const double *continuation, int64_t size, double floor, const double *ceiling,
                int64_t n_steps, const int64_t *meta, const int64_t *ints, double *floats,
                const double *counts, double total, double weight, double keep, int64_t unknown,
                double unknown_logprob, int64_t start, int64_t end, int64_t beam, int64_t *work) {
    LM lm = {keys, n_keys, starts, discounted, inverse_total, backoff, continuation, size, floor, ceiling};
    Cache cache = {counts, total, weight, keep};
    if (beam > MAX_BEAM) return -1;
    int64_t *came = work, *kept = work + n_steps * beam, *chosen = work + 2 * n_steps * beam;
    int64_t states = 1;
    Context state[MAX_BEAM];
    double score[MAX_BEAM], next_score[MAX_BEAM];
    state[0] = context(&lm, start);
    score[0] = 0.0;
    for (int64_t t = 0; t < n_steps; t++) {
        int64_t n = meta[2 * t], n_inner = meta[2 * t + 1];
        const int64_t *first = ints, *last = ints + n, *inner_option = ints + 2 * n, *inner_word = inner_option + n_inner;
        double *emission = floats;
        const double *inner_prob = floats + n;
        ints += 2 * n + 2 * n_inner;
        floats += n + n_inner;
        for (int64_t i = 0; i < n_inner; i++) {
            int64_t w = inner_word[i];
            emission[inner_option[i]] += w == unknown ? unknown_logprob
                                                      : log(inner_prob[i] * cache.keep + share(&cache, w));
        }
        double best[n];
        int64_t from[n];
        char taken[n];
        for (int64_t k = 0; k < n; k++) {
            double top = -INFINITY, shared = share(&cache, first[k]);
            /* no transition to this option exceeds `most` (the word's ceiling; CEILING_MARGIN covers log's
             * rounding): a state whose score plus it cannot beat `top` cannot change the result, nor can the
             * states after it. Most options settle on the first state or two this way instead of all 16
             * (each a binary search and a log) */
            double most = first[k] == unknown ? unknown_logprob
                                              : log(lm.ceiling[first[k]] * cache.keep + shared) + CEILING_MARGIN;
            int64_t arg = 0;
            for (int64_t b = 0; b < states; b++) {
                /* the states are best first and a transition's log-prob is <= 0: no later state can
                 * beat `top` (ties keep the earlier state, as before) */
                if (score[b] <= top || score[b] + most <= top) break;
                double v = score[b] + transition(&lm, &state[b], first[k], &cache, shared, unknown, unknown_logprob);
                if (v > top) { top = v; arg = b; }
            }
            best[k] = top + emission[k];
            from[k] = arg;
            taken[k] = 0;
        }
        /* best first (the lower option on ties), one option per last token, at most `beam` */
        int64_t m = 0, last_kept[MAX_BEAM];
        while (m < beam) {
            int64_t pick = -1;
            for (int64_t k = 0; k < n; k++)
                if (!taken[k] && (pick < 0 || best[k] > best[pick])) pick = k;
            if (pick < 0) break;
            taken[pick] = 1;
            int64_t dup = 0;
            for (int64_t j = 0; j < m; j++) if (last_kept[j] == last[pick]) dup = 1;
            if (dup) continue;
            last_kept[m] = last[pick];
            came[t * beam + m] = from[pick];
            kept[t * beam + m] = pick;
            next_score[m] = best[pick];
            m++;
        }
        for (int64_t j = 0; j < m; j++) { score[j] = next_score[j]; state[j] = context(&lm, last_kept[j]); }
        states = m;
    }
    int64_t best_state = 0;
    double top = -INFINITY;
    for (int64_t b = 0; b < states; b++) {
        double v = score[b] + (end >= 0 ? log(prob(&lm, &state[b], end)) : 0.0);
        if (v > top) { top = v; best_state = b; }
    }
    for (int64_t t = n_steps - 1; t >= 0; t--) {
        chosen[t] = kept[t * beam + best_state];
        best_state = came[t * beam + best_state];
    }
    return 0;
}

#define FRESH_RANK ((int64_t)1 << 40)

/* A table of the channel's (channel.py `pack`, SortedLookup): keys sorted as Python sorts str (by code
 * point), key k the UTF-32 characters chars[starts[k] .. starts[k+1] - 1) (the one after is the '\n'
 * that joined them), its word ids ids[off[k] .. off[k+1]) and, where the table has them, their scores. */
typedef struct {
    const uint32_t *chars;
    const int64_t *starts;
    int64_t n;
    const int64_t *off;
    const int32_t *ids;
    const double *scores;
} Table;

static int compare(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    int64_t n = na < nb ? na : nb;
    for (int64_t i = 0; i < n; i++)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return na < nb ? -1 : na > nb;
}

/* The key's index in the table, -1 when absent (binary search). */
static int64_t find(const Table *table, const uint32_t *key, int64_t length) {
    int64_t lo = 0, hi = table->n;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        const uint32_t *at = table->chars + table->starts[mid];
        if (compare(at, table->starts[mid + 1] - 1 - table->starts[mid], key, length) < 0) lo = mid + 1;
        else hi = mid;
    }
    if (lo < table->n && compare(table->chars + table->starts[lo], table->starts[lo + 1] - 1 - table->starts[lo],
                                 key, length) == 0)
        return lo;
    return -1;
}

/* The place of `key` (UTF-32, `length` characters) among a table's keys, -1 when absent; the table as
 * kernels.key_table describes it (six numbers). Python's `in` on the seen forms asks it: splitting their
 * 25k keys into Python strings for a binary search was ~1.5 ms of every process with a line to repair. */
int64_t table_find(const int64_t *spec, const uint32_t *key, int64_t length) {
    Table table = {(const uint32_t *)spec[0], (const int64_t *)spec[1], spec[2], (const int64_t *)spec[3],
                   (const int32_t *)spec[4], (const double *)spec[5]};
    return find(&table, key, length);
}

/* Best-alignment log P(ocr | word) under independent character edits (alignment.py is the numpy
 * reference): sub[printed id * n_ocr + OCR id], delete[printed id], insert[OCR id]. */
static double align(const int32_t *ocr, int64_t m, const int16_t *word, int64_t n, const double *sub, int64_t n_ocr,
                    const double *delete, const double *insert, double *previous, double *current) {
    previous[0] = 0.0;
    for (int64_t j = 1; j <= m; j++) previous[j] = previous[j - 1] + insert[ocr[j - 1]];
    for (int64_t i = 0; i < n; i++) {
        const double *row = sub + (int64_t)word[i] * n_ocr;
        double dropped = delete[word[i]];
        current[0] = previous[0] + dropped;
        for (int64_t j = 1; j <= m; j++) {
            double v = previous[j - 1] + row[ocr[j - 1]], up = previous[j] + dropped,
                   left = current[j - 1] + insert[ocr[j - 1]];
            if (up > v) v = up;
            current[j] = left > v ? left : v;
        }
        for (int64_t j = 0; j <= m; j++) previous[j] = current[j];
    }
    return previous[m];
}

/* One token's ranking as it is filled: the best `keep` so far, best first, the seen pairs first among
 * equals (their table order), then the lower id; a word offered twice counts once (mark[id] == token). */
typedef struct {
    int64_t token, n, keep;
    int32_t *ids;
    double *score;
    int64_t *rank;
    int64_t *mark;
    /* for the alignment of a word not seen with the token */
    const int32_t *codes;
    int64_t m;
    const int16_t *printed;
    int64_t width;
    const int16_t *lengths;
    const double *sub, *delete, *insert;
    int64_t n_ocr;
    double unseen_cost, *previous, *current;
} Ranking;

static void offer(Ranking *r, int32_t id, double v, int64_t rank) {
    int64_t n = r->n;
    if (n == r->keep && !(v > r->score[n - 1] || (v == r->score[n - 1] && rank < r->rank[n - 1]))) return;
    /* its place: after every one ahead of it (ranks are distinct), found by halving; the rest moved down
     * in blocks (a token's first `keep` words arrive in no order: one by one, that was a fifth of the ranking) */
    int64_t lo = 0, hi = n;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (v > r->score[mid] || (v == r->score[mid] && rank < r->rank[mid])) hi = mid;
        else lo = mid + 1;
    }
    int64_t moved = (n < r->keep ? n : n - 1) - lo;
    if (n < r->keep) r->n++;
    memmove(r->score + lo + 1, r->score + lo, moved * sizeof(double));
    memmove(r->rank + lo + 1, r->rank + lo, moved * sizeof(int64_t));
    memmove(r->ids + lo + 1, r->ids + lo, moved * sizeof(int32_t));
    r->score[lo] = v; r->rank[lo] = rank; r->ids[lo] = id;
}

/* The words of the table's key (if present) not offered yet, scored by their alignment with the token. */
static void offer_fresh(Ranking *r, const Table *table, const uint32_t *key, int64_t length) {
    int64_t k = find(table, key, length);
    if (k < 0) return;
    for (int64_t j = table->off[k]; j < table->off[k + 1]; j++) {
        int32_t id = table->ids[j];
        if (r->mark[id] == r->token) continue;
        r->mark[id] = r->token;
        double v = align(r->codes, r->m, r->printed + (int64_t)id * r->width, r->lengths[id], r->sub, r->n_ocr,
                         r->delete, r->insert, r->previous, r->current) - r->unseen_cost;
        offer(r, id, v, FRESH_RANK + id);
    }
}

/* Every variant of `key` with up to `depth` (1 or 2) characters deleted, the key itself included (channel.py
 * `_deletes`; a variant made twice is looked up twice, its words offered once), offered from the table. */
static void offer_variants(Ranking *r, const Table *table, const uint32_t *key, int64_t length, int64_t depth,
                           uint32_t *variant) {
    offer_fresh(r, table, key, length);
    for (int64_t i = 0; i < length; i++) {
        for (int64_t c = 0, o = 0; c < length; c++)
            if (c != i) variant[o++] = key[c];
        offer_fresh(r, table, variant, length - 1);
        if (depth < 2) continue;
        for (int64_t j = i + 1; j < length; j++) {
            for (int64_t c = 0, o = 0; c < length; c++)
                if (c != i && c != j) variant[o++] = key[c];
            offer_fresh(r, table, variant, length - 2);
        }
    }
}

/* The channel's candidates of many OCR tokens (channel.py `prepare`; its numpy path is the reference).
 * Token t: its text (lower case) text[toff[t] .. toff[t+1]) and its skeleton key (`_KEY`, no marks)
 * key[koff[t] .. koff[t+1]), UTF-32; its characters' OCR ids are their places in `alphabet` (n_alphabet
 * characters, sorted; an id in `alphabet_ids`), 0 for one not there (never seen in training). Its candidates:
 * the words seen with it in training (`seen`: their table scores, in table order), then the words within
 * reach (channel.py `_neighbours`): those whose skeleton is that of the key up to one deletion (a key of
 * four characters or fewer) or two (`index`: the deletion variants of the lexicon's skeletons), and, for a
 * token of three characters or more, those read as an OCR form one deletion away from the token
 * (`seen_index`: the one-deletion variants of the forms seen). A word not seen with the token scores its
 * alignment minus unseen_cost. The best `keep` per token go to out_ids/out_scores[t * keep ..], best first,
 * the seen pairs first among equals (then the lower id), their number to out_n[t]. tables: the three
 * tables' chars, starts, n, off, ids, scores (0: none) in that order. mark: n_words scratch, all -1. */
void channel_candidates(int64_t n_tokens, const int64_t *toff, const uint32_t *text, const int64_t *koff,
                        const uint32_t *key, const uint32_t *alphabet, const int32_t *alphabet_ids,
                        int64_t n_alphabet, const int64_t *tables,
                        const int16_t *printed, int64_t width, const int16_t *lengths, const double *sub,
                        int64_t n_ocr, const double *delete, const double *insert, double unseen_cost, int64_t keep,
                        int64_t *mark, int32_t *out_ids, double *out_scores, int64_t *out_n) {
    Table seen, seen_index, index;
    Table *all[3] = {&seen, &seen_index, &index};
    for (int i = 0; i < 3; i++) {
        const int64_t *spec = tables + 6 * i;
        *all[i] = (Table){(const uint32_t *)spec[0], (const int64_t *)spec[1], spec[2], (const int64_t *)spec[3],
                          (const int32_t *)spec[4], (const double *)spec[5]};
    }
    int64_t longest = 1;
    for (int64_t t = 0; t < n_tokens; t++) {
        if (koff[t + 1] - koff[t] > longest) longest = koff[t + 1] - koff[t];
        if (toff[t + 1] - toff[t] > longest) longest = toff[t + 1] - toff[t];
    }
    double previous[longest + 1], current[longest + 1], score[keep];
    int64_t rank[keep];
    uint32_t variant[longest];
    int32_t codes[longest];
    for (int64_t t = 0; t < n_tokens; t++) {
        const uint32_t *token = text + toff[t], *skeleton = key + koff[t];
        int64_t length = toff[t + 1] - toff[t], key_length = koff[t + 1] - koff[t];
        for (int64_t j = 0; j < length; j++) {
            int64_t lo = 0, hi = n_alphabet;
            while (lo < hi) {
                int64_t mid = lo + (hi - lo) / 2;
                if (alphabet[mid] < token[j]) lo = mid + 1;
                else hi = mid;
            }
            codes[j] = lo < n_alphabet && alphabet[lo] == token[j] ? alphabet_ids[lo] : 0;
        }
        Ranking r = {t, 0, keep, out_ids + t * keep, score, rank, mark, codes, length,
                     printed, width, lengths, sub, delete, insert, n_ocr, unseen_cost, previous, current};
        int64_t k = find(&seen, token, length);
        if (k >= 0)
            for (int64_t j = seen.off[k]; j < seen.off[k + 1]; j++) {
                int32_t id = seen.ids[j];
                if (mark[id] == t) continue;
                mark[id] = t;
                offer(&r, id, seen.scores[j], j - seen.off[k]);
            }
        offer_variants(&r, &index, skeleton, key_length, key_length <= 4 ? 1 : 2, variant);
        if (length >= 3) offer_variants(&r, &seen_index, token, length, 1, variant);
        for (int64_t j = 0; j < r.n; j++) out_scores[t * keep + j] = score[j];
        out_n[t] = r.n;
    }
}

/* The decoder's shortlists (repair.py, _shortlists; its Python loop is the reference): token t's
 * candidates ids/scores[off[t] .. off[t+1]) (the channel's, best first) without the words that hold a
 * digit (digit[id] != 0), ordered by score + weight * prior[id], best first, stably (the channel's
 * order among equals); the first keep - common are kept, then the `common` best of the others by
 * score + common_weight * prior[id] (ties in the first order), placed in the first order after them;
 * they go to out_ids/out_scores[t * keep ..], their number to out_n[t], and the token's best score
 * among its candidates without a digit (-inf: none) to out_best[t]. */
void shortlist(int64_t n_tokens, const int64_t *off, const int32_t *ids, const double *scores, const double *prior,
               const uint8_t *digit, double weight, int64_t keep, int64_t common, double common_weight,
               int32_t *out_ids, double *out_scores, int64_t *out_n, double *out_best) {
    int64_t first = keep - common;
    double key[keep + 1], key2[common + 1];
    int64_t at_k[keep + 1];  /* the kept candidates' places in the channel's order */
    for (int64_t t = 0; t < n_tokens; t++) {
        int32_t *kept_ids = out_ids + t * keep;
        double *kept_scores = out_scores + t * keep;
        int64_t n = 0;
        double best = -INFINITY;
        for (int64_t k = off[t]; k < off[t + 1]; k++) {
            int32_t id = ids[k];
            if (digit[id]) continue;
            if (scores[k] > best) best = scores[k];
            double v = scores[k] + weight * prior[id];
            if (first == 0 || (n == first && !(v > key[n - 1]))) continue;  /* an equal key came first: it stays ahead */
            int64_t at = n < first ? n++ : n - 1;
            while (at > 0 && v > key[at - 1]) {
                key[at] = key[at - 1]; at_k[at] = at_k[at - 1];
                kept_ids[at] = kept_ids[at - 1]; kept_scores[at] = kept_scores[at - 1];
                at--;
            }
            key[at] = v; at_k[at] = k; kept_ids[at] = id; kept_scores[at] = scores[k];
        }
        out_best[t] = best;
        int64_t m = 0;  /* the common words, in key2's order, then in key's */
        if (n == first && common > 0) {
            double last = first ? key[first - 1] : INFINITY;
            int64_t last_k = first ? at_k[first - 1] : -1;
            for (int64_t k = off[t]; k < off[t + 1]; k++) {
                int32_t id = ids[k];
                if (digit[id]) continue;
                double v = scores[k] + weight * prior[id];
                if (v > last || (v == last && k <= last_k)) continue;  /* among the first kept */
                double c = scores[k] + common_weight * prior[id];
                if (m == common) {  /* better than the last one in (c, v, channel order)? */
                    double lc = key2[m - 1], lv = key[first + m - 1];
                    if (!(c > lc || (c == lc && (v > lv || (v == lv && k < at_k[first + m - 1]))))) continue;
                }
                int64_t at = first + (m < common ? m++ : m - 1);
                while (at > first) {
                    double pc = key2[at - first - 1], pv = key[at - 1];
                    if (!(c > pc || (c == pc && (v > pv || (v == pv && k < at_k[at - 1]))))) break;
                    key2[at - first] = pc; key[at] = pv; at_k[at] = at_k[at - 1];
                    kept_ids[at] = kept_ids[at - 1]; kept_scores[at] = kept_scores[at - 1];
                    at--;
                }
                key2[at - first] = c; key[at] = v; at_k[at] = k; kept_ids[at] = id; kept_scores[at] = scores[k];
            }
            /* back into the first order (a handful: insertion) */
            for (int64_t i = first + 1; i < first + m; i++) {
                double v = key[i]; int64_t k = at_k[i]; int32_t id = kept_ids[i]; double s = kept_scores[i];
                int64_t at = i;
                while (at > first && (v > key[at - 1] || (v == key[at - 1] && k < at_k[at - 1]))) {
                    key[at] = key[at - 1]; at_k[at] = at_k[at - 1];
                    kept_ids[at] = kept_ids[at - 1]; kept_scores[at] = kept_scores[at - 1];
                    at--;
                }
                key[at] = v; at_k[at] = k; kept_ids[at] = id; kept_scores[at] = s;
            }
        }
        out_n[t] = n + m;
    }
}

/* The formulas' comparisons (formulas.py), which rapidfuzz made: its import was ~46 M instructions of every
 * `parscan repair FILE` with a formula line (every seed file has one), a tenth of a small file's run. Both
 * give exactly what rapidfuzz gave (tests hold them to it): its scores are the same doubles, and where
 * several alignments are best its choice is reproduced. */

/* Levenshtein distance (unit costs) of a (m characters, 1 <= m <= 64) and b: Hyyrö's bit-parallel
 * recurrence; low[c] the bits of a's characters equal to c for c < 256, eq[k] those equal to chars[k]
 * for the others (k < n_chars). */
static int64_t levenshtein_bits(int64_t m, const uint32_t *b, int64_t n, const uint64_t *low, const uint32_t *chars,
                                const uint64_t *eq, int64_t n_chars) {
    uint64_t vp = ~(uint64_t)0, vn = 0, top = (uint64_t)1 << (m - 1);
    int64_t distance = m;
    for (int64_t j = 0; j < n; j++) {
        uint64_t x = 0;
        if (b[j] < 256) x = low[b[j]];
        else
            for (int64_t k = 0; k < n_chars; k++)
                if (chars[k] == b[j]) { x = eq[k]; break; }
        uint64_t d0 = (((x & vp) + vp) ^ vp) | x | vn, hp = vn | ~(d0 | vp), hn = d0 & vp;
        distance += (hp & top) != 0;
        distance -= (hn & top) != 0;
        hp = (hp << 1) | 1;
        hn <<= 1;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
    }
    return distance;
}

/* The same for a longer a: the dynamic programme, a row of m + 1 in `row`. */
static int64_t levenshtein_rows(const uint32_t *a, int64_t m, const uint32_t *b, int64_t n, int64_t *row) {
    for (int64_t i = 0; i <= m; i++) row[i] = i;
    for (int64_t j = 1; j <= n; j++) {
        int64_t diagonal = row[0];
        row[0] = j;
        for (int64_t i = 1; i <= m; i++) {
            int64_t v = diagonal + (a[i - 1] != b[j - 1]), up = row[i] + 1, left = row[i - 1] + 1;
            diagonal = row[i];
            if (up < v) v = up;
            row[i] = left < v ? left : v;
        }
    }
    return row[m];
}

/* rapidfuzz's process.extractOne(query, choices, scorer=Levenshtein.normalized_similarity,
 * score_cutoff=cutoff) over the texts among[0 .. n) of a table (text k: chars[starts[k] .. starts[k+1] - 1),
 * a separator after each): the first of the highest similarity 1 - distance / max(lengths) that reaches
 * cutoff, its place in `among` (-1: none) and similarity in *score. `row`: m + 1 items where m > 64. */
int64_t closest(const uint32_t *query, int64_t m, const uint32_t *chars, const int64_t *starts, const int32_t *among,
                int64_t n_among, double cutoff, int64_t *row, double *score) {
    uint64_t low[256] = {0}, eq[64];
    uint32_t distinct[64];
    int64_t n_distinct = 0, best = -1;
    *score = 0.0;
    cutoff = (double)(float)cutoff;  /* rapidfuzz takes the cutoff in single precision: 1 - 2/10 misses 0.8 */
    for (int64_t i = 0; i < m && m <= 64; i++) {
        if (query[i] < 256) { low[query[i]] |= (uint64_t)1 << i; continue; }
        int64_t k = 0;
        while (k < n_distinct && distinct[k] != query[i]) k++;
        if (k == n_distinct) { distinct[k] = query[i]; eq[k] = 0; n_distinct++; }
        eq[k] |= (uint64_t)1 << i;
    }
    for (int64_t c = 0; c < n_among; c++) {
        const uint32_t *b = chars + starts[among[c]];
        int64_t n = starts[among[c] + 1] - 1 - starts[among[c]], longest = m > n ? m : n;
        if (longest == 0) {  /* two empty texts: the same */
            best = c;
            *score = 1.0;
        } else {
            /* the distance is at least the difference of the lengths: a choice that cannot reach is skipped */
            if (1.0 - (double)(m > n ? m - n : n - m) / (double)longest < cutoff) continue;
            int64_t distance = m == 0    ? n
                               : m <= 64 ? levenshtein_bits(m, b, n, low, distinct, eq, n_distinct)
                                         : levenshtein_rows(query, m, b, n, row);
            double similarity = 1.0 - (double)distance / (double)longest;
            if (similarity < cutoff || (best >= 0 && similarity <= *score)) continue;
            best = c;
            *score = cutoff = similarity;
        }
        if (best >= 0 && *score == 1.0) break;  /* none can be better */
    }
    return best;
}

/* rapidfuzz's Indel.opcodes(a, b) read per character of a: out[i] = j where a[i] is kept as b[j], -1 - j
 * where it is deleted before b[j]. Its alignment: the common prefix and suffix kept, then a longest
 * common subsequence of the rest traced back from the end, deleting a's character wherever that keeps
 * the length, else b's, else keeping both. `lengths`: (n1 + 1) * (n2 + 1) items. */
void lcs_places(const uint32_t *a, int64_t n1, const uint32_t *b, int64_t n2, int32_t *lengths, int64_t *out) {
    int64_t prefix = 0, suffix = 0;
    while (prefix < n1 && prefix < n2 && a[prefix] == b[prefix]) { out[prefix] = prefix; prefix++; }
    while (suffix < n1 - prefix && suffix < n2 - prefix && a[n1 - 1 - suffix] == b[n2 - 1 - suffix]) {
        out[n1 - 1 - suffix] = n2 - 1 - suffix;
        suffix++;
    }
    const uint32_t *s1 = a + prefix, *s2 = b + prefix;
    int64_t len1 = n1 - prefix - suffix, len2 = n2 - prefix - suffix, width = len1 + 1;
    /* lengths[row * width + col]: the longest common subsequence of s2[..row) and s1[..col) */
    for (int64_t col = 0; col <= len1; col++) lengths[col] = 0;
    for (int64_t row = 1; row <= len2; row++) {
        int32_t *here = lengths + row * width, *above = here - width;
        here[0] = 0;
        for (int64_t col = 1; col <= len1; col++) {
            int32_t v = s1[col - 1] == s2[row - 1] ? above[col - 1] + 1 : above[col];
            here[col] = here[col - 1] > v ? here[col - 1] : v;
        }
    }
#define SAME_AS_LEFT(r, c) (lengths[(r) * width + (c)] == lengths[(r) * width + (c) - 1])
    int64_t row = len2, col = len1;
    while (row && col) {
        if (SAME_AS_LEFT(row, col)) {
            col--;
            out[prefix + col] = -1 - (prefix + row);
        } else {
            row--;
            if (!(row && !SAME_AS_LEFT(row, col))) {
                col--;
                out[prefix + col] = prefix + row;
            }
        }
    }
#undef SAME_AS_LEFT
    while (col) {
        col--;
        out[prefix + col] = -1 - (prefix + row);
    }
}
