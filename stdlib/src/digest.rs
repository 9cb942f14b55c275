//! Hash functions: package `hash` (the `Hash`, `Hash32`, `Hash64` interfaces), `crypto/md5`,
//! `crypto/sha1`, `crypto/sha256` (`New`, `Sum…` returning Go's fixed-size arrays, `Size`,
//! `BlockSize`; the digests from the `md-5`, `sha1` and `sha2` crates), `hash/fnv` (`New32`,
//! `New32a`, `New64`, `New64a`: FNV-1 and FNV-1a as the FNV specification defines them; not
//! the 128-bit ones) and `hash/crc32` (`ChecksumIEEE`, `NewIEEE` over the IEEE polynomial;
//! not `MakeTable`/`Checksum` with other tables).
//!
//! Invariants: every `New…` returns a pointer to a package-private one-slot struct
//! (`*md5.digest`, `*fnv.sum32a`, …) whose slot holds a native [`Digest`]; `Write` never
//! fails and returns the length written; `Sum(b)` appends the current hash to `b` without
//! changing the state, as Go's do; `Reset` returns to the initial state.

use crate::{declare, native, util};
use md5::Digest as _;
use parking_lot::Mutex;
use runtime::gc::Marker;
use runtime::heap::{self, NativeObject, Word};
use vm::native::{NativeCtx, Panic};
use vm::value;

/// The running state of one hash.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Fnv32 { h: u32, a: bool },
    Fnv64 { h: u64, a: bool },
    Crc32(u32),
}

const FNV32_OFFSET: u32 = 2166136261;
const FNV32_PRIME: u32 = 16777619;
const FNV64_OFFSET: u64 = 14695981039346656037;
const FNV64_PRIME: u64 = 1099511628211;

impl State {
    fn write(&mut self, data: &[u8]) {
        match self {
            State::Md5(d) => d.update(data),
            State::Sha1(d) => d.update(data),
            State::Sha224(d) => d.update(data),
            State::Sha256(d) => d.update(data),
            State::Fnv32 { h, a } => {
                for &b in data {
                    if *a {
                        *h = (*h ^ b as u32).wrapping_mul(FNV32_PRIME);
                    } else {
                        *h = h.wrapping_mul(FNV32_PRIME) ^ b as u32;
                    }
                }
            }
            State::Fnv64 { h, a } => {
                for &b in data {
                    if *a {
                        *h = (*h ^ b as u64).wrapping_mul(FNV64_PRIME);
                    } else {
                        *h = h.wrapping_mul(FNV64_PRIME) ^ b as u64;
                    }
                }
            }
            State::Crc32(c) => *c = crc32_update(*c, data),
        }
    }

    /// The hash of what was written so far, big-endian as Go's `Sum` appends it.
    fn sum(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(d) => d.finalize().to_vec(),
            State::Sha1(d) => d.finalize().to_vec(),
            State::Sha224(d) => d.finalize().to_vec(),
            State::Sha256(d) => d.finalize().to_vec(),
            State::Fnv32 { h, .. } | State::Crc32(h) => h.to_be_bytes().to_vec(),
            State::Fnv64 { h, .. } => h.to_be_bytes().to_vec(),
        }
    }

    fn fresh(&self) -> State {
        match self {
            State::Md5(_) => State::Md5(Default::default()),
            State::Sha1(_) => State::Sha1(Default::default()),
            State::Sha224(_) => State::Sha224(Default::default()),
            State::Sha256(_) => State::Sha256(Default::default()),
            State::Fnv32 { a, .. } => State::Fnv32 {
                h: FNV32_OFFSET,
                a: *a,
            },
            State::Fnv64 { a, .. } => State::Fnv64 {
                h: FNV64_OFFSET,
                a: *a,
            },
            State::Crc32(_) => State::Crc32(0),
        }
    }

    fn block_size(&self) -> usize {
        match self {
            State::Md5(_) | State::Sha1(_) | State::Sha224(_) | State::Sha256(_) => 64,
            _ => 1,
        }
    }
}

/// The native behind a hash value.
struct Digest(Mutex<State>);

impl NativeObject for Digest {
    fn trace(&self, _marker: &mut Marker) {}
}

/// Go's IEEE CRC-32 (reflected polynomial 0xedb88320), table-driven.
fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    (c >> 1) ^ 0xedb8_8320
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c as u8) ^ b) as usize] ^ (c >> 8);
    }
    !c
}

/// A new hash value of the Go type `type_name` (`*md5.digest`) holding `state`, as the
/// `hash.Hash`/`Hash32`/`Hash64` interface value `New…` returns.
fn new_digest(c: &NativeCtx, type_name: &str, state: State) -> Result<Word, Panic> {
    let t = util::type_named(c.prog, type_name)
        .ok_or_else(|| Panic::Fatal(format!("minigo: type {type_name} is not loaded")))?;
    let obj = heap::alloc_words(1);
    heap::store_word(obj, heap::alloc_native(Box::new(Digest(Mutex::new(state)))));
    Ok(value::iface_new(t, obj))
}

fn digest(recv: Word) -> Result<&'static Digest, Panic> {
    if recv == 0 {
        return Err(util::nil_deref());
    }
    heap::native::<Digest>(heap::load_word(recv)).ok_or_else(util::nil_deref)
}

/// A Go `[N]byte` array holding `bytes`.
fn byte_array(bytes: &[u8]) -> Word {
    let arr = value::array_alloc(bytes.len(), true);
    for (i, &b) in bytes.iter().enumerate() {
        value::array_set(arr, i, b as Word, true);
    }
    arr
}

/// The sum of `data` in one go.
fn sum_of(mut state: State, data: Word) -> Word {
    state.write(&util::byte_slice(data));
    byte_array(&state.sum())
}

/// The methods every hash type has (`hash.Hash`), declared for the Go type `$recv` of
/// package `$pkg`, and `Sum32`/`Sum64` where its size says.
macro_rules! hash_methods {
    ($pkg:literal, $recv:literal) => {
        vec![
            native!(
                $pkg,
                concat!("func (", $recv, ") Write([]byte) (int, error)"),
                |_, r| {
                    let data = util::byte_slice(r[1]);
                    digest(r[0])?.0.lock().write(&data);
                    r[0] = data.len() as Word;
                    r[1] = 0;
                    Ok(())
                }
            ),
            native!(
                $pkg,
                concat!("func (", $recv, ") Sum([]byte) []byte"),
                |_, r| {
                    let sum = digest(r[0])?.0.lock().sum();
                    r[0] = util::append_bytes(r[1], &sum);
                    Ok(())
                }
            ),
            native!($pkg, concat!("func (", $recv, ") Reset()"), |_, r| {
                let d = digest(r[0])?;
                let mut s = d.0.lock();
                *s = s.fresh();
                Ok(())
            }),
            native!($pkg, concat!("func (", $recv, ") Size() int"), |_, r| {
                r[0] = digest(r[0])?.0.lock().sum().len() as Word;
                Ok(())
            }),
            native!(
                $pkg,
                concat!("func (", $recv, ") BlockSize() int"),
                |_, r| {
                    r[0] = digest(r[0])?.0.lock().block_size() as Word;
                    Ok(())
                }
            ),
        ]
    };
}

macro_rules! sum32 {
    ($pkg:literal, $recv:literal) => {
        native!(
            $pkg,
            concat!("func (", $recv, ") Sum32() uint32"),
            |_, r| {
                let s = digest(r[0])?.0.lock().sum();
                r[0] = u32::from_be_bytes(s[..4].try_into().unwrap_or_default()) as Word;
                Ok(())
            }
        )
    };
}

macro_rules! sum64 {
    ($pkg:literal, $recv:literal) => {
        native!(
            $pkg,
            concat!("func (", $recv, ") Sum64() uint64"),
            |_, r| {
                let s = digest(r[0])?.0.lock().sum();
                r[0] = u64::from_be_bytes(s[..8].try_into().unwrap_or_default());
                Ok(())
            }
        )
    };
}

pub fn natives() -> Vec<crate::Entry> {
    let mut v = vec![
        declare!(
            "hash",
            "type Hash interface { Write([]byte) (int, error); Sum([]byte) []byte; Reset(); Size() int; BlockSize() int }
type Hash32 interface { Write([]byte) (int, error); Sum([]byte) []byte; Reset(); Size() int; BlockSize() int; Sum32() uint32 }
type Hash64 interface { Write([]byte) (int, error); Sum([]byte) []byte; Reset(); Size() int; BlockSize() int; Sum64() uint64 }"
        ),
        declare!(
            "crypto/md5",
            "import hash\ntype digest struct { impl uintptr }\nconst Size = 16\nconst BlockSize = 64"
        ),
        native!("crypto/md5", "func New() hash.Hash", |c, r| {
            r[0] = new_digest(c, "*md5.digest", State::Md5(Default::default()))?;
            Ok(())
        }),
        native!("crypto/md5", "func Sum([]byte) [16]byte", |_, r| {
            r[0] = sum_of(State::Md5(Default::default()), r[0]);
            Ok(())
        }),
        declare!(
            "crypto/sha1",
            "import hash\ntype digest struct { impl uintptr }\nconst Size = 20\nconst BlockSize = 64"
        ),
        native!("crypto/sha1", "func New() hash.Hash", |c, r| {
            r[0] = new_digest(c, "*sha1.digest", State::Sha1(Default::default()))?;
            Ok(())
        }),
        native!("crypto/sha1", "func Sum([]byte) [20]byte", |_, r| {
            r[0] = sum_of(State::Sha1(Default::default()), r[0]);
            Ok(())
        }),
        declare!(
            "crypto/sha256",
            "import hash\ntype digest struct { impl uintptr }\nconst Size = 32\nconst Size224 = 28\nconst BlockSize = 64"
        ),
        native!("crypto/sha256", "func New() hash.Hash", |c, r| {
            r[0] = new_digest(c, "*sha256.digest", State::Sha256(Default::default()))?;
            Ok(())
        }),
        native!("crypto/sha256", "func New224() hash.Hash", |c, r| {
            r[0] = new_digest(c, "*sha256.digest", State::Sha224(Default::default()))?;
            Ok(())
        }),
        native!("crypto/sha256", "func Sum256([]byte) [32]byte", |_, r| {
            r[0] = sum_of(State::Sha256(Default::default()), r[0]);
            Ok(())
        }),
        native!("crypto/sha256", "func Sum224([]byte) [28]byte", |_, r| {
            r[0] = sum_of(State::Sha224(Default::default()), r[0]);
            Ok(())
        }),
        declare!(
            "hash/fnv",
            "import hash\ntype sum32 struct { impl uintptr }\ntype sum64 struct { impl uintptr }"
        ),
        native!("hash/fnv", "func New32() hash.Hash32", |c, r| {
            r[0] = new_digest(c, "*fnv.sum32", State::Fnv32 { h: FNV32_OFFSET, a: false })?;
            Ok(())
        }),
        native!("hash/fnv", "func New32a() hash.Hash32", |c, r| {
            r[0] = new_digest(c, "*fnv.sum32", State::Fnv32 { h: FNV32_OFFSET, a: true })?;
            Ok(())
        }),
        native!("hash/fnv", "func New64() hash.Hash64", |c, r| {
            r[0] = new_digest(c, "*fnv.sum64", State::Fnv64 { h: FNV64_OFFSET, a: false })?;
            Ok(())
        }),
        native!("hash/fnv", "func New64a() hash.Hash64", |c, r| {
            r[0] = new_digest(c, "*fnv.sum64", State::Fnv64 { h: FNV64_OFFSET, a: true })?;
            Ok(())
        }),
        sum32!("hash/fnv", "*sum32"),
        sum64!("hash/fnv", "*sum64"),
        declare!(
            "hash/crc32",
            "import hash\ntype digest struct { impl uintptr }\nconst Size = 4\nconst IEEE = 0xedb88320"
        ),
        native!("hash/crc32", "func NewIEEE() hash.Hash32", |c, r| {
            r[0] = new_digest(c, "*crc32.digest", State::Crc32(0))?;
            Ok(())
        }),
        native!("hash/crc32", "func ChecksumIEEE([]byte) uint32", |_, r| {
            r[0] = crc32_update(0, &util::byte_slice(r[0])) as Word;
            Ok(())
        }),
        sum32!("hash/crc32", "*digest"),
    ];
    v.extend(hash_methods!("crypto/md5", "*digest"));
    v.extend(hash_methods!("crypto/sha1", "*digest"));
    v.extend(hash_methods!("crypto/sha256", "*digest"));
    v.extend(hash_methods!("hash/fnv", "*sum32"));
    v.extend(hash_methods!("hash/fnv", "*sum64"));
    v.extend(hash_methods!("hash/crc32", "*digest"));
    v
}
