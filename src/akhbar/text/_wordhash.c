/*
 * akhbar.text._wordhash: the hashes of the words of ``tokens(normalize(text, for_search=True),
 * punctuation=False)``, in one pass over the text, in C.
 *
 * Why by hand: dedup and stories compare 31k bodies (57M characters) as hashed words. In
 * Python, normalizing, tokenizing and hashing them costs ~10 s of CPU, two thirds of a full
 * dedup pass; no library normalizes Arabic the way akhbar.text does (see _normalize.py).
 *
 * This file holds no Arabic rules. ``akhbar.text.wordhash`` derives a table from the rules of
 * ``normalize`` and ``tokens`` (one entry per code point: the character ``normalize`` makes of
 * it and the classes ``tokens``'s patterns see in that character) and this code applies it:
 *
 *   map    each character through the table (dropped, or one character); a character the
 *          table cannot express on its own (it composes with its neighbour under NFC, or
 *          becomes several characters) makes ``hashes`` return None: the caller takes the
 *          Python path for that text;
 *   split  the mapped characters as ``tokens(..., punctuation=False)`` does: at each position
 *          the first of a Latin word (with the pattern's backtracking lookahead), a number
 *          (digits with . , between digits), a run of letters and marks; anything else is
 *          skipped;
 *   hash   each word's code points: FNV-1a 64 then MurmurHash3's fmix64 finalizer, exactly as
 *          ``akhbar.text.wordhash.reference_hash`` does in Python.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* classes of a mapped character (the table's flag byte) */
#define F_LATIN 1u    /* \p{Latin} */
#define F_LETTER 2u   /* \p{L} */
#define F_MARK 4u     /* \p{M} */
#define F_DIGIT 8u    /* \p{Nd} */
#define F_SEP 16u     /* . , inside a number */
#define F_DROP 64u    /* normalize drops the character */
#define F_OTHER 128u  /* not expressible by the table: the caller takes the Python path */

typedef struct {
    PyObject_HEAD
    Py_ssize_t size;      /* code points 0 .. size-1 are in the table */
    uint32_t *out;        /* the mapped character */
    unsigned char *flags; /* its classes */
} WordTable;

static inline uint64_t fmix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static inline uint64_t hash_run(const uint32_t *s, Py_ssize_t n) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return fmix64(h);
}

static void WordTable_dealloc(WordTable *self) {
    PyMem_Free(self->out);
    PyMem_Free(self->flags);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int WordTable_init(WordTable *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"out", "flags", NULL};
    Py_buffer out, flags;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "y*y*", kwlist, &out, &flags))
        return -1;
    int ok = out.len == flags.len * 4 && flags.len > 0;
    if (ok) {
        PyMem_Free(self->out);
        PyMem_Free(self->flags);
        self->size = flags.len;
        self->out = PyMem_Malloc(out.len);
        self->flags = PyMem_Malloc(flags.len);
        if (self->out == NULL || self->flags == NULL) {
            PyBuffer_Release(&out);
            PyBuffer_Release(&flags);
            PyErr_NoMemory();
            return -1;
        }
        memcpy(self->out, out.buf, out.len);
        memcpy(self->flags, flags.buf, flags.len);
    }
    PyBuffer_Release(&out);
    PyBuffer_Release(&flags);
    if (!ok) {
        PyErr_SetString(PyExc_ValueError, "out must hold 4 bytes per entry of flags");
        return -1;
    }
    return 0;
}

/* A text mapped through the table: its characters and their classes. */
typedef struct {
    uint32_t *chars;
    unsigned char *kinds;
    Py_ssize_t len;
} Mapped;

static void mapped_free(Mapped *m) {
    PyMem_Free(m->chars);
    PyMem_Free(m->kinds);
}

/* Map ``text``: 1 when done, 0 when a character is not in the table (F_OTHER or beyond it),
 * -1 with MemoryError set. Free ``out`` with ``mapped_free`` in every case. */
static int map_text(const WordTable *t, PyObject *text, Mapped *out) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), m = 0;
    out->chars = PyMem_Malloc((n + 1) * sizeof(uint32_t));
    out->kinds = PyMem_Malloc(n + 1);
    out->len = 0;
    if (out->chars == NULL || out->kinds == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if ((Py_ssize_t)c >= t->size)
            return 0;
        unsigned char f = t->flags[c];
        if (f & F_OTHER)
            return 0;
        if (f & F_DROP)
            continue;
        out->chars[m] = t->out[c];
        out->kinds[m++] = f;
    }
    out->len = m;
    return 1;
}

/* The end of the token starting at ``i`` (``i`` itself when none starts there), by the
 * alternatives of ``akhbar.text._tokenize._WORD_TOKEN``, first match wins. */
static Py_ssize_t token_end(const unsigned char *k, Py_ssize_t i, Py_ssize_t n) {
    const unsigned char word = F_LETTER | F_MARK;
    if (k[i] & F_LATIN) {
        /* \p{Latin}[\p{Latin}\p{M}\p{Nd}]*(?![\p{L}\p{M}]), backtracking like the pattern */
        Py_ssize_t j = i + 1;
        while (j < n && (k[j] & (F_LATIN | F_MARK | F_DIGIT)))
            j++;
        for (Py_ssize_t e = j; e > i; e--)
            if (e == n || !(k[e] & word))
                return e;
    }
    if (k[i] & F_DIGIT) {
        /* \p{Nd}+(?:[.,٫٬]\p{Nd}+)* */
        Py_ssize_t j = i + 1;
        for (;;) {
            while (j < n && (k[j] & F_DIGIT))
                j++;
            if (j + 1 < n && (k[j] & F_SEP) && (k[j + 1] & F_DIGIT))
                j += 2;
            else
                return j;
        }
    }
    if (k[i] & word) {
        /* [\p{L}\p{M}]+ */
        Py_ssize_t j = i + 1;
        while (j < n && (k[j] & word))
            j++;
        return j;
    }
    return i;
}

/* The next token of ``m`` from ``*at`` on: 1 with its bounds in ``*start``/``*end`` (and
 * ``*at`` moved past it), 0 when none is left. */
static int next_token(const Mapped *m, Py_ssize_t *at, Py_ssize_t *start, Py_ssize_t *end) {
    for (Py_ssize_t i = *at; i < m->len; i++) {
        Py_ssize_t e = token_end(m->kinds, i, m->len);
        if (e > i) {
            *start = i;
            *at = *end = e;
            return 1;
        }
    }
    *at = m->len;
    return 0;
}

static PyObject *WordTable_hashes(WordTable *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "hashes() takes a str");
        return NULL;
    }
    Mapped m;
    int done = map_text(self, text, &m);
    PyObject *result = NULL;
    if (done == 0) {
        result = Py_NewRef(Py_None);
    } else if (done == 1) {
        /* at most one token per mapped character */
        uint64_t *hashes = PyMem_Malloc((m.len + 1) * sizeof(uint64_t));
        if (hashes == NULL) {
            PyErr_NoMemory();
        } else {
            Py_ssize_t count = 0, at = 0, start, end;
            while (next_token(&m, &at, &start, &end))
                hashes[count++] = hash_run(m.chars + start, end - start);
            result = PyBytes_FromStringAndSize((const char *)hashes, count * sizeof(uint64_t));
            PyMem_Free(hashes);
        }
    }
    mapped_free(&m);
    return result;
}

static PyObject *WordTable_words(WordTable *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "words() takes a str and an int");
        return NULL;
    }
    Py_ssize_t limit = PyLong_AsSsize_t(args[1]);
    if (limit == -1 && PyErr_Occurred())
        return NULL;
    Mapped m;
    int done = map_text(self, args[0], &m);
    PyObject *result = NULL;
    if (done == 0) {
        result = Py_NewRef(Py_None);
    } else if (done == 1) {
        result = PyList_New(0);
        Py_ssize_t at = 0, start, end;
        while (result != NULL && PyList_GET_SIZE(result) < limit &&
               next_token(&m, &at, &start, &end)) {
            PyObject *word =
                PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, m.chars + start, end - start);
            if (word == NULL || PyList_Append(result, word) < 0)
                Py_CLEAR(result);
            Py_XDECREF(word);
        }
    }
    mapped_free(&m);
    return result;
}

static PyObject *hash_words(PyObject *module, PyObject *words) {
    PyObject *seq = PySequence_Fast(words, "hash_words() takes a sequence of str");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject *result = PyBytes_FromStringAndSize(NULL, n * sizeof(uint64_t));
    if (result == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    uint64_t *out = (uint64_t *)PyBytes_AS_STRING(result);
    for (Py_ssize_t w = 0; w < n; w++) {
        PyObject *word = PySequence_Fast_GET_ITEM(seq, w);
        if (!PyUnicode_Check(word)) {
            Py_DECREF(seq);
            Py_DECREF(result);
            PyErr_SetString(PyExc_TypeError, "hash_words() takes a sequence of str");
            return NULL;
        }
        int kind = PyUnicode_KIND(word);
        const void *data = PyUnicode_DATA(word);
        Py_ssize_t len = PyUnicode_GET_LENGTH(word);
        uint64_t h = 0xcbf29ce484222325ULL;
        for (Py_ssize_t i = 0; i < len; i++) {
            h ^= PyUnicode_READ(kind, data, i);
            h *= 0x100000001b3ULL;
        }
        out[w] = fmix64(h);
    }
    Py_DECREF(seq);
    return result;
}

static PyMethodDef WordTable_methods[] = {
    {"hashes", (PyCFunction)WordTable_hashes, METH_O,
     "hashes(text) -> bytes | None: native-endian uint64 hashes of the text's words, or None "
     "when a character of the text is not in the table"},
    {"words", (PyCFunction)(void (*)(void))WordTable_words, METH_FASTCALL,
     "words(text, limit) -> list[str] | None: the text's first ``limit`` words, or None when "
     "a character of the text is not in the table"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject WordTableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "akhbar.text._wordhash.WordTable",
    .tp_doc = PyDoc_STR("WordTable(out, flags): a per-code-point normalize + tokens table"),
    .tp_basicsize = sizeof(WordTable),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)WordTable_init,
    .tp_dealloc = (destructor)WordTable_dealloc,
    .tp_methods = WordTable_methods,
};

static PyMethodDef module_methods[] = {
    {"hash_words", hash_words, METH_O,
     "hash_words(words) -> bytes: native-endian uint64 hashes of the given words, as they are"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_wordhash", "normalize + tokens + hash in one pass (see the source)",
    -1, module_methods,
};

PyMODINIT_FUNC PyInit__wordhash(void) {
    if (PyType_Ready(&WordTableType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "WordTable", (PyObject *)&WordTableType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
