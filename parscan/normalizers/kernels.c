/* The repair decoder's beam search over one line, in C (see beam.py; decoder.py is the same search
 * in numpy and the reference). Built by scripts/setup.sh into _kernels.so, loaded with ctypes.
 *
 * Why: a line of legacy OCR offers ~30 readings per token and the beam keeps 8 states, ~240
 * bigram transitions per token; numpy pays its call overhead ~30 times per token, here a
 * transition is a binary search and a log.
 */
#include <math.h>
#include <stdint.h>

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

#define FRESH_RANK ((int64_t)1 << 40)

/* The channel's candidates of many OCR tokens (channel.py; its numpy path is the reference). Token
 * t: OCR character ids codes[coff[t] .. coff[t+1]), neighbour word ids neighbours[noff[t] ..
 * noff[t+1]) (repeats allowed), pairs seen in training seen_ids/seen_scores[soff[t] .. soff[t+1])
 * in table order. A neighbour not seen with the token scores its alignment minus unseen_cost. The
 * best `keep` per token go to out_ids/out_scores[t * keep ..], best first, the seen pairs first
 * among equals (then the lower id), their number to out_n[t]. mark: n_words scratch, all -1. */
void rank_candidates(int64_t n_tokens, const int64_t *coff, const int32_t *codes, const int64_t *noff,
                     const int32_t *neighbours, const int64_t *soff, const int32_t *seen_ids,
                     const double *seen_scores, const int16_t *printed, int64_t width, const int16_t *lengths,
                     const double *sub, int64_t n_ocr, const double *delete, const double *insert,
                     double unseen_cost, int64_t keep, int64_t *mark, int32_t *out_ids, double *out_scores,
                     int64_t *out_n) {
    int64_t longest = 0;
    for (int64_t t = 0; t < n_tokens; t++)
        if (coff[t + 1] - coff[t] > longest) longest = coff[t + 1] - coff[t];
    double previous[longest + 1], current[longest + 1], score[keep];
    int64_t rank[keep];
    for (int64_t t = 0; t < n_tokens; t++) {
        int32_t *ids = out_ids + t * keep;
        int64_t n = 0, total = (soff[t + 1] - soff[t]) + (noff[t + 1] - noff[t]);
        for (int64_t k = 0; k < total; k++) {
            int64_t seen = k < soff[t + 1] - soff[t];
            int32_t id = seen ? seen_ids[soff[t] + k] : neighbours[noff[t] + k - (soff[t + 1] - soff[t])];
            if (mark[id] == t) continue;
            mark[id] = t;
            double v = seen ? seen_scores[soff[t] + k]
                            : align(codes + coff[t], coff[t + 1] - coff[t], printed + (int64_t)id * width,
                                    lengths[id], sub, n_ocr, delete, insert, previous, current) - unseen_cost;
            int64_t r = seen ? k : FRESH_RANK + id;
            if (n == keep && !(v > score[n - 1] || (v == score[n - 1] && r < rank[n - 1]))) continue;
            int64_t at = n < keep ? n++ : n - 1;
            while (at > 0 && (v > score[at - 1] || (v == score[at - 1] && r < rank[at - 1]))) {
                score[at] = score[at - 1]; rank[at] = rank[at - 1]; ids[at] = ids[at - 1];
                at--;
            }
            score[at] = v; rank[at] = r; ids[at] = id;
        }
        for (int64_t k = 0; k < n; k++) out_scores[t * keep + k] = score[k];
        out_n[t] = n;
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
