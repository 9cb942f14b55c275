//! The stdlib package texts that `stdlib_sigs` parses: one Go declaration per line, parameter
//! names omitted (`func Split(string, string) []string`, `func (*Mutex) Lock()`,
//! `const Second Duration = 1000000000`, `var Args []string`, `type Builder struct { impl uintptr }`).
//!
//! Invariant: a package refers only to predeclared types, its own types, and packages named on
//! its `import` lines.

pub const FMT: &str = r#"
import io
type Stringer interface { String() string }
type GoStringer interface { GoString() string }
type State interface { Write([]byte) (int, error); Width() (int, bool); Precision() (int, bool); Flag(int) bool }
type Formatter interface { Format(State, rune) }
type pp struct { impl uintptr }
func (pp) Write([]byte) (int, error)
func (pp) WriteString(string) (int, error)
func (pp) Width() (int, bool)
func (pp) Precision() (int, bool)
func (pp) Flag(int) bool
func Println(...any) (int, error)
func Printf(string, ...any) (int, error)
func Print(...any) (int, error)
func Sprintf(string, ...any) string
func Sprint(...any) string
func Sprintln(...any) string
func Errorf(string, ...any) error
func Fprintf(io.Writer, string, ...any) (int, error)
func Fprintln(io.Writer, ...any) (int, error)
func Fprint(io.Writer, ...any) (int, error)
func Sscanf(string, string, ...any) (int, error)
func Sscan(string, ...any) (int, error)
func Sscanln(string, ...any) (int, error)
func Scan(...any) (int, error)
func Scanln(...any) (int, error)
func Scanf(string, ...any) (int, error)
"#;

pub const IO: &str = r#"
type Writer interface { Write([]byte) (int, error) }
type Reader interface { Read([]byte) (int, error) }
type StringWriter interface { WriteString(string) (int, error) }
var EOF error
var ErrUnexpectedEOF error
func WriteString(Writer, string) (int, error)
func ReadAll(Reader) ([]byte, error)
func Copy(Writer, Reader) (int64, error)
func ReadFull(Reader, []byte) (int, error)
type Closer interface { Close() error }
type ReadCloser interface { Read([]byte) (int, error); Close() error }
type WriteCloser interface { Write([]byte) (int, error); Close() error }
type ReadWriter interface { Read([]byte) (int, error); Write([]byte) (int, error) }
type ReadWriteCloser interface { Read([]byte) (int, error); Write([]byte) (int, error); Close() error }
"#;

pub const OS: &str = r#"
type File struct { impl uintptr }
func (*File) Write([]byte) (int, error)
func (*File) WriteString(string) (int, error)
func (*File) Read([]byte) (int, error)
func (*File) Close() error
var Args []string
var Stdout *File
var Stderr *File
var Stdin *File
func Exit(int)
func Getenv(string) string
func LookupEnv(string) (string, bool)
func ReadFile(string) ([]byte, error)
"#;

pub const ERRORS: &str = r#"
func New(string) error
func Is(error, error) bool
func As(error, any) bool
func Unwrap(error) error
func Join(...error) error
"#;

pub const STRINGS: &str = r#"
type Builder struct { impl uintptr }
func (*Builder) WriteString(string) (int, error)
func (*Builder) WriteByte(byte) error
func (*Builder) WriteRune(rune) (int, error)
func (*Builder) Write([]byte) (int, error)
func (*Builder) String() string
func (*Builder) Len() int
func (*Builder) Cap() int
func (*Builder) Reset()
func (*Builder) Grow(int)
type Reader struct { impl uintptr }
func (*Reader) Read([]byte) (int, error)
func (*Reader) ReadByte() (byte, error)
func (*Reader) UnreadByte() error
func (*Reader) ReadRune() (rune, int, error)
func (*Reader) Len() int
func NewReader(string) *Reader
type Replacer struct { impl uintptr }
func (*Replacer) Replace(string) string
func NewReplacer(...string) *Replacer
func Contains(string, string) bool
func ContainsRune(string, rune) bool
func ContainsAny(string, string) bool
func HasPrefix(string, string) bool
func HasSuffix(string, string) bool
func Index(string, string) int
func IndexByte(string, byte) int
func IndexRune(string, rune) int
func IndexAny(string, string) int
func IndexFunc(string, func(rune) bool) int
func LastIndex(string, string) int
func LastIndexByte(string, byte) int
func Split(string, string) []string
func SplitN(string, string, int) []string
func SplitAfter(string, string) []string
func Fields(string) []string
func FieldsFunc(string, func(rune) bool) []string
func Join([]string, string) string
func Repeat(string, int) string
func Replace(string, string, string, int) string
func ReplaceAll(string, string, string) string
func ToUpper(string) string
func ToLower(string) string
func ToTitle(string) string
func Title(string) string
func TrimSpace(string) string
func Trim(string, string) string
func TrimLeft(string, string) string
func TrimRight(string, string) string
func TrimPrefix(string, string) string
func TrimSuffix(string, string) string
func TrimFunc(string, func(rune) bool) string
func EqualFold(string, string) bool
func Count(string, string) int
func Map(func(rune) rune, string) string
func Compare(string, string) int
func Cut(string, string) (string, string, bool)
func TrimLeftFunc(string, func(rune) bool) string
func TrimRightFunc(string, func(rune) bool) string
func LastIndexFunc(string, func(rune) bool) int
func LastIndexAny(string, string) int
func SplitAfterN(string, string, int) []string
func Clone(string) string
func ToValidUTF8(string, string) string
"#;

pub const STRCONV: &str = r#"
type NumError struct { Func string; Num string; Err error }
func (*NumError) Error() string
var ErrRange error
var ErrSyntax error
func Itoa(int) string
func Atoi(string) (int, error)
func ParseInt(string, int, int) (int64, error)
func ParseUint(string, int, int) (uint64, error)
func ParseFloat(string, int) (float64, error)
func ParseBool(string) (bool, error)
func FormatInt(int64, int) string
func FormatUint(uint64, int) string
func FormatFloat(float64, byte, int, int) string
func FormatBool(bool) string
func Quote(string) string
func QuoteRune(rune) string
func QuoteToASCII(string) string
func QuoteRuneToASCII(rune) string
func CanBackquote(string) bool
func Unquote(string) (string, error)
func AppendInt([]byte, int64, int) []byte
func AppendQuote([]byte, string) []byte
const IntSize = 64
func AppendBool([]byte, bool) []byte
func AppendUint([]byte, uint64, int) []byte
func AppendFloat([]byte, float64, byte, int, int) []byte
func AppendQuoteToASCII([]byte, string) []byte
func AppendQuoteRune([]byte, rune) []byte
func AppendQuoteRuneToASCII([]byte, rune) []byte
func QuoteToGraphic(string) string
func QuoteRuneToGraphic(rune) string
func AppendQuoteToGraphic([]byte, string) []byte
func AppendQuoteRuneToGraphic([]byte, rune) []byte
func IsPrint(rune) bool
func IsGraphic(rune) bool
"#;

pub const MATH: &str = r#"
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const E = 2.71828182845904523536028747135266249775724709369995957496696763
const Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974
const Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009
const Phi = 1.61803398874989484820458683436563811772030917980576286213544862
const SqrtE = 1.64872127070012814684865078781416357165377610071014801157507931
const SqrtPi = 1.77245385090551602729816748334114518279754945612238712821380779
const SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
const Log2E = 1.4426950408889634
const Ln10 = 2.30258509299404568401799145468436420760110148862877297603332790
const Log10E = 0.4342944819032518
const SmallestNonzeroFloat32 = 1.401298464324817070923729583289916131280e-45
const MaxInt = 9223372036854775807
const MinInt = -9223372036854775808
const MaxInt8 = 127
const MinInt8 = -128
const MaxInt16 = 32767
const MinInt16 = -32768
const MaxInt32 = 2147483647
const MinInt32 = -2147483648
const MaxInt64 = 9223372036854775807
const MinInt64 = -9223372036854775808
const MaxUint = 18446744073709551615
const MaxUint8 = 255
const MaxUint16 = 65535
const MaxUint32 = 4294967295
const MaxUint64 = 18446744073709551615
const MaxFloat32 = 3.40282346638528859811704183484516925440e+38
const MaxFloat64 = 1.79769313486231570814527423731704356798070e+308
const SmallestNonzeroFloat64 = 4.9406564584124654417656879286822137236505980e-324
func Inf(int) float64
func NaN() float64
func IsNaN(float64) bool
func IsInf(float64, int) bool
func Sqrt(float64) float64
func Cbrt(float64) float64
func Pow(float64, float64) float64
func Abs(float64) float64
func Floor(float64) float64
func Ceil(float64) float64
func Max(float64, float64) float64
func Min(float64, float64) float64
func Mod(float64, float64) float64
func Modf(float64) (float64, float64)
func Frexp(float64) (float64, int)
func Dim(float64, float64) float64
func Expm1(float64) float64
func Remainder(float64, float64) float64
func Ldexp(float64, int) float64
func Log(float64) float64
func Log2(float64) float64
func Log10(float64) float64
func Log1p(float64) float64
func Exp(float64) float64
func Exp2(float64) float64
func Sin(float64) float64
func Cos(float64) float64
func Tan(float64) float64
func Asin(float64) float64
func Acos(float64) float64
func Atan(float64) float64
func Atan2(float64, float64) float64
func Sinh(float64) float64
func Cosh(float64) float64
func Tanh(float64) float64
func Trunc(float64) float64
func Round(float64) float64
func RoundToEven(float64) float64
func Hypot(float64, float64) float64
func Signbit(float64) bool
func Copysign(float64, float64) float64
func Float64bits(float64) uint64
func Float64frombits(uint64) float64
func Float32bits(float32) uint32
func Float32frombits(uint32) float32
func Erf(float64) float64
func Erfc(float64) float64
func Erfinv(float64) float64
func Erfcinv(float64) float64
func Gamma(float64) float64
func Lgamma(float64) (float64, int)
func J0(float64) float64
func J1(float64) float64
func Jn(int, float64) float64
func Y0(float64) float64
func Y1(float64) float64
func Yn(int, float64) float64
func Asinh(float64) float64
func Acosh(float64) float64
func Atanh(float64) float64
func Logb(float64) float64
func Ilogb(float64) int
func Nextafter(float64, float64) float64
func Nextafter32(float32, float32) float32
func FMA(float64, float64, float64) float64
func Pow10(int) float64
func Sincos(float64) (float64, float64)
"#;

pub const SORT: &str = r#"
type Interface interface { Len() int; Less(int, int) bool; Swap(int, int) }
type IntSlice []int
func (IntSlice) Len() int
func (IntSlice) Less(int, int) bool
func (IntSlice) Swap(int, int)
func (IntSlice) Sort()
func (IntSlice) Search(int) int
type StringSlice []string
func (StringSlice) Len() int
func (StringSlice) Less(int, int) bool
func (StringSlice) Swap(int, int)
func (StringSlice) Sort()
func (StringSlice) Search(string) int
type Float64Slice []float64
func (Float64Slice) Len() int
func (Float64Slice) Less(int, int) bool
func (Float64Slice) Swap(int, int)
func (Float64Slice) Sort()
func (Float64Slice) Search(float64) int
func Ints([]int)
func Strings([]string)
func Float64s([]float64)
func Slice(any, func(int, int) bool)
func SliceStable(any, func(int, int) bool)
func SliceIsSorted(any, func(int, int) bool) bool
func Search(int, func(int) bool) int
func SearchInts([]int, int) int
func SearchFloat64s([]float64, float64) int
func SearchStrings([]string, string) int
func IntsAreSorted([]int) bool
func Float64sAreSorted([]float64) bool
func StringsAreSorted([]string) bool
func Sort(Interface)
func Stable(Interface)
func IsSorted(Interface) bool
func Reverse(Interface) Interface
func Find(int, func(int) int) (int, bool)
"#;

pub const HEAP: &str = r#"
type Interface interface { Len() int; Less(int, int) bool; Swap(int, int); Push(any); Pop() any }
func Init(Interface)
func Push(Interface, any)
func Pop(Interface) any
func Remove(Interface, int) any
func Fix(Interface, int)
"#;

pub const UNICODE: &str = r#"
const MaxRune = 1114111
const ReplacementChar = 65533
type RangeTable struct { impl uintptr }
var Han *RangeTable
var Latin *RangeTable
var Greek *RangeTable
var Cyrillic *RangeTable
var Letter *RangeTable
var Digit *RangeTable
var Space *RangeTable
var Upper *RangeTable
var Lower *RangeTable
var Punct *RangeTable
var Arabic *RangeTable
var Hiragana *RangeTable
var Katakana *RangeTable
var Hangul *RangeTable
var L *RangeTable
var Lu *RangeTable
var Ll *RangeTable
var Title *RangeTable
var Lt *RangeTable
var Nd *RangeTable
var Number *RangeTable
var N *RangeTable
var P *RangeTable
var Symbol *RangeTable
var S *RangeTable
var White_Space *RangeTable
var Mark *RangeTable
var M *RangeTable
var Cc *RangeTable
func Is(*RangeTable, rune) bool
func In(rune, ...*RangeTable) bool
func IsOneOf([]*RangeTable, rune) bool
func IsMark(rune) bool
func IsGraphic(rune) bool
func IsSymbol(rune) bool
func IsTitle(rune) bool
func SimpleFold(rune) rune
func IsUpper(rune) bool
func IsLower(rune) bool
func IsDigit(rune) bool
func IsNumber(rune) bool
func IsLetter(rune) bool
func IsSpace(rune) bool
func IsPunct(rune) bool
func IsPrint(rune) bool
func IsControl(rune) bool
func ToUpper(rune) rune
func ToLower(rune) rune
func ToTitle(rune) rune
"#;

pub const UTF8: &str = r#"
const RuneError rune = 65533
const UTFMax = 4
const RuneSelf = 128
const MaxRune rune = 1114111
func RuneCountInString(string) int
func RuneCount([]byte) int
func RuneLen(rune) int
func DecodeRuneInString(string) (rune, int)
func DecodeRune([]byte) (rune, int)
func DecodeLastRuneInString(string) (rune, int)
func EncodeRune([]byte, rune) int
func AppendRune([]byte, rune) []byte
func ValidString(string) bool
func Valid([]byte) bool
func ValidRune(rune) bool
func RuneStart(byte) bool
func FullRune([]byte) bool
func FullRuneInString(string) bool
func DecodeLastRune([]byte) (rune, int)
"#;

pub const BYTES: &str = r#"
type Buffer struct { impl uintptr }
func (*Buffer) WriteString(string) (int, error)
func (*Buffer) WriteByte(byte) error
func (*Buffer) WriteRune(rune) (int, error)
func (*Buffer) Write([]byte) (int, error)
func (*Buffer) String() string
func (*Buffer) Bytes() []byte
func (*Buffer) Read([]byte) (int, error)
func (*Buffer) ReadString(byte) (string, error)
func (*Buffer) ReadByte() (byte, error)
func (*Buffer) ReadRune() (rune, int, error)
func (*Buffer) Truncate(int)
func (*Buffer) Len() int
func (*Buffer) Reset()
func (*Buffer) Grow(int)
func NewBufferString(string) *Buffer
func NewBuffer([]byte) *Buffer
type Reader struct { impl uintptr }
func (*Reader) Read([]byte) (int, error)
func (*Reader) ReadByte() (byte, error)
func (*Reader) ReadRune() (rune, int, error)
func (*Reader) Len() int
func NewReader([]byte) *Reader
func Contains([]byte, []byte) bool
func Equal([]byte, []byte) bool
func Compare([]byte, []byte) int
func Index([]byte, []byte) int
func IndexByte([]byte, byte) int
func Split([]byte, []byte) [][]byte
func Join([][]byte, []byte) []byte
func ToUpper([]byte) []byte
func ToLower([]byte) []byte
func HasPrefix([]byte, []byte) bool
func HasSuffix([]byte, []byte) bool
func TrimSpace([]byte) []byte
func Repeat([]byte, int) []byte
func ReplaceAll([]byte, []byte, []byte) []byte
func Replace([]byte, []byte, []byte, int) []byte
func Count([]byte, []byte) int
func Fields([]byte) [][]byte
func Title([]byte) []byte
func Runes([]byte) []rune
func LastIndex([]byte, []byte) int
func ContainsRune([]byte, rune) bool
func ContainsAny([]byte, string) bool
func IndexRune([]byte, rune) int
func EqualFold([]byte, []byte) bool
func Trim([]byte, string) []byte
func TrimPrefix([]byte, []byte) []byte
func TrimSuffix([]byte, []byte) []byte
"#;

pub const TIME: &str = r#"
type Duration int64
func (Duration) String() string
func (Duration) Seconds() float64
func (Duration) Milliseconds() int64
func (Duration) Microseconds() int64
func (Duration) Nanoseconds() int64
func (Duration) Minutes() float64
func (Duration) Hours() float64
func (Duration) Round(Duration) Duration
func (Duration) Truncate(Duration) Duration
const Nanosecond Duration = 1
const Microsecond Duration = 1000
const Millisecond Duration = 1000000
const Second Duration = 1000000000
const Minute Duration = 60000000000
const Hour Duration = 3600000000000
const RFC3339 = "2006-01-02T15:04:05Z07:00"
const Layout = "01/02 03:04:05PM '06 -0700"
const ANSIC = "Mon Jan _2 15:04:05 2006"
const UnixDate = "Mon Jan _2 15:04:05 MST 2006"
const RubyDate = "Mon Jan 02 15:04:05 -0700 2006"
const RFC822 = "02 Jan 06 15:04 MST"
const RFC822Z = "02 Jan 06 15:04 -0700"
const RFC850 = "Monday, 02-Jan-06 15:04:05 MST"
const RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST"
const RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
const RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
const Stamp = "Jan _2 15:04:05"
const StampMilli = "Jan _2 15:04:05.000"
const StampMicro = "Jan _2 15:04:05.000000"
const StampNano = "Jan _2 15:04:05.000000000"
const Kitchen = "3:04PM"
type Month int
func (Month) String() string
type Weekday int
func (Weekday) String() string
const January Month = 1
const February Month = 2
const March Month = 3
const April Month = 4
const May Month = 5
const June Month = 6
const July Month = 7
const August Month = 8
const September Month = 9
const October Month = 10
const November Month = 11
const December Month = 12
const Sunday Weekday = 0
const Monday Weekday = 1
const Tuesday Weekday = 2
const Wednesday Weekday = 3
const Thursday Weekday = 4
const Friday Weekday = 5
const Saturday Weekday = 6
type Location struct { impl uintptr }
func (*Location) String() string
var UTC *Location
var Local *Location
func FixedZone(string, int) *Location
func LoadLocation(string) (*Location, error)
type Time struct { sec uintptr; nsec uintptr; loc uintptr }
func Date(int, Month, int, int, int, int, int, *Location) Time
func Unix(int64, int64) Time
func UnixMilli(int64) Time
func UnixMicro(int64) Time
func Parse(string, string) (Time, error)
func ParseInLocation(string, string, *Location) (Time, error)
type ParseError struct { Layout string; Value string; LayoutElem string; ValueElem string; Message string }
func (*ParseError) Error() string
func (Time) UTC() Time
func (Time) Local() Time
func (Time) In(*Location) Time
func (Time) Location() *Location
func (Time) Zone() (string, int)
func (Time) Clock() (int, int, int)
func (Time) Date() (int, Month, int)
func (Time) YearDay() int
func (Time) AddDate(int, int, int) Time
func (Time) Truncate(Duration) Time
func (Time) Round(Duration) Time
func (Time) UnixMicro() int64
func (Time) MarshalText() ([]byte, error)
func (Time) MarshalJSON() ([]byte, error)
func (*Time) UnmarshalText([]byte) error
func (*Time) UnmarshalJSON([]byte) error
func (Time) Sub(Time) Duration
func (Time) Add(Duration) Time
func (Time) Before(Time) bool
func (Time) After(Time) bool
func (Time) Equal(Time) bool
func (Time) Unix() int64
func (Time) UnixNano() int64
func (Time) UnixMilli() int64
func (Time) Format(string) string
func (Time) String() string
func (Time) Year() int
func (Time) Month() Month
func (Time) Day() int
func (Time) Hour() int
func (Time) Minute() int
func (Time) Second() int
func (Time) Nanosecond() int
func (Time) Weekday() Weekday
func (Time) IsZero() bool
type Timer struct { C <-chan Time; impl uintptr }
func (*Timer) Stop() bool
func (*Timer) Reset(Duration) bool
type Ticker struct { C <-chan Time; impl uintptr }
func (*Ticker) Stop()
func (*Ticker) Reset(Duration)
func Sleep(Duration)
func Now() Time
func Since(Time) Duration
func Until(Time) Duration
func After(Duration) <-chan Time
func Tick(Duration) <-chan Time
func NewTimer(Duration) *Timer
func NewTicker(Duration) *Ticker
func AfterFunc(Duration, func()) *Timer
func ParseDuration(string) (Duration, error)
"#;

pub const SYNC: &str = r#"
type Locker interface { Lock(); Unlock() }
type Mutex struct { impl uintptr }
func (*Mutex) Lock()
func (*Mutex) Unlock()
func (*Mutex) TryLock() bool
type RWMutex struct { impl uintptr }
func (*RWMutex) Lock()
func (*RWMutex) Unlock()
func (*RWMutex) RLock()
func (*RWMutex) RUnlock()
func (*RWMutex) TryLock() bool
func (*RWMutex) TryRLock() bool
func (*RWMutex) RLocker() Locker
type rlocker struct { impl uintptr }
func (rlocker) Lock()
func (rlocker) Unlock()
type WaitGroup struct { impl uintptr }
func (*WaitGroup) Add(int)
func (*WaitGroup) Done()
func (*WaitGroup) Wait()
type Once struct { impl uintptr }
func (*Once) Do(func())
type Cond struct { L Locker; impl uintptr }
func (*Cond) Wait()
func (*Cond) Signal()
func (*Cond) Broadcast()
func NewCond(Locker) *Cond
type Pool struct { New func() any; impl uintptr }
func (*Pool) Get() any
func (*Pool) Put(any)
type Map struct { impl uintptr }
func (*Map) Load(any) (any, bool)
func (*Map) Store(any, any)
func (*Map) LoadOrStore(any, any) (any, bool)
func (*Map) LoadAndDelete(any) (any, bool)
func (*Map) Delete(any)
func (*Map) Range(func(any, any) bool)
"#;

pub const ATOMIC: &str = r#"
func AddInt32(*int32, int32) int32
func AddInt64(*int64, int64) int64
func AddUint32(*uint32, uint32) uint32
func AddUint64(*uint64, uint64) uint64
func LoadInt32(*int32) int32
func LoadInt64(*int64) int64
func LoadUint32(*uint32) uint32
func LoadUint64(*uint64) uint64
func StoreInt32(*int32, int32)
func StoreInt64(*int64, int64)
func StoreUint32(*uint32, uint32)
func StoreUint64(*uint64, uint64)
func SwapInt32(*int32, int32) int32
func SwapInt64(*int64, int64) int64
func SwapUint32(*uint32, uint32) uint32
func SwapUint64(*uint64, uint64) uint64
func CompareAndSwapInt32(*int32, int32, int32) bool
func CompareAndSwapInt64(*int64, int64, int64) bool
func CompareAndSwapUint32(*uint32, uint32, uint32) bool
func CompareAndSwapUint64(*uint64, uint64, uint64) bool
type Int32 struct { impl int32 }
func (*Int32) Add(int32) int32
func (*Int32) Load() int32
func (*Int32) Store(int32)
func (*Int32) Swap(int32) int32
func (*Int32) CompareAndSwap(int32, int32) bool
type Int64 struct { impl int64 }
func (*Int64) Add(int64) int64
func (*Int64) Load() int64
func (*Int64) Store(int64)
func (*Int64) Swap(int64) int64
func (*Int64) CompareAndSwap(int64, int64) bool
type Uint32 struct { impl uint32 }
func (*Uint32) Add(uint32) uint32
func (*Uint32) Load() uint32
func (*Uint32) Store(uint32)
func (*Uint32) Swap(uint32) uint32
func (*Uint32) CompareAndSwap(uint32, uint32) bool
type Uint64 struct { impl uint64 }
func (*Uint64) Add(uint64) uint64
func (*Uint64) Load() uint64
func (*Uint64) Store(uint64)
func (*Uint64) Swap(uint64) uint64
func (*Uint64) CompareAndSwap(uint64, uint64) bool
type Bool struct { impl uint32 }
func (*Bool) Load() bool
func (*Bool) Store(bool)
func (*Bool) Swap(bool) bool
func (*Bool) CompareAndSwap(bool, bool) bool
type Value struct { impl uintptr }
func (*Value) Load() any
func (*Value) Store(any)
func (*Value) Swap(any) any
func (*Value) CompareAndSwap(any, any) bool
"#;

pub const RUNTIME: &str = r#"
func GOMAXPROCS(int) int
func NumGoroutine() int
func Gosched()
func NumCPU() int
func Goexit()
func GC()
type Error interface { Error() string; RuntimeError() }
func Caller(int) (uintptr, string, int, bool)
func NumCgoCall() int64
const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"
func KeepAlive(any)
"#;

pub const CONTEXT: &str = r#"
import time
type Context interface { Deadline() (time.Time, bool); Done() <-chan struct{}; Err() error; Value(any) any }
type CancelFunc func()
var Canceled error
var DeadlineExceeded error
func Background() Context
func TODO() Context
func WithCancel(Context) (Context, CancelFunc)
func WithTimeout(Context, time.Duration) (Context, CancelFunc)
func WithDeadline(Context, time.Time) (Context, CancelFunc)
func WithValue(Context, any, any) Context
type cancelCtx struct { impl uintptr }
func (cancelCtx) Deadline() (time.Time, bool)
func (cancelCtx) Done() <-chan struct{}
func (cancelCtx) Err() error
func (cancelCtx) Value(any) any
func (cancelCtx) String() string
func (cancelCtx) cancel()
"#;

pub const RAND: &str = r#"
type Source interface { Int63() int64; Seed(int64) }
type Rand struct { impl uintptr }
func (*Rand) Intn(int) int
func (*Rand) Int() int
func (*Rand) Int63() int64
func (*Rand) Int63n(int64) int64
func (*Rand) Int31n(int32) int32
func (*Rand) Int31() int32
func (*Rand) Uint32() uint32
func (*Rand) Uint64() uint64
func (*Rand) Float32() float32
func (*Rand) Float64() float64
func (*Rand) Perm(int) []int
func (*Rand) Shuffle(int, func(int, int))
func (*Rand) Seed(int64)
func New(Source) *Rand
func NewSource(int64) Source
func Intn(int) int
func Int() int
func Int31() int32
func Int63() int64
func Int63n(int64) int64
func Int31n(int32) int32
func Uint32() uint32
func Uint64() uint64
func Float64() float64
func Float32() float32
func Perm(int) []int
func Shuffle(int, func(int, int))
func Seed(int64)
"#;

pub const BUFIO: &str = r#"
import io
type Scanner struct { impl uintptr }
func (*Scanner) Scan() bool
func (*Scanner) Text() string
func (*Scanner) Bytes() []byte
func (*Scanner) Err() error
func (*Scanner) Buffer([]byte, int)
func (*Scanner) Split(SplitFunc)
type SplitFunc func([]byte, bool) (int, []byte, error)
func ScanLines([]byte, bool) (int, []byte, error)
func ScanBytes([]byte, bool) (int, []byte, error)
func ScanWords([]byte, bool) (int, []byte, error)
func ScanRunes([]byte, bool) (int, []byte, error)
func NewScanner(io.Reader) *Scanner
type Reader struct { impl uintptr }
func (*Reader) ReadString(byte) (string, error)
func (*Reader) ReadLine() ([]byte, bool, error)
func (*Reader) ReadRune() (rune, int, error)
func (*Reader) ReadByte() (byte, error)
func (*Reader) Read([]byte) (int, error)
func NewReader(io.Reader) *Reader
type Writer struct { impl uintptr }
func (*Writer) WriteString(string) (int, error)
func (*Writer) WriteByte(byte) error
func (*Writer) WriteRune(rune) (int, error)
func (*Writer) Write([]byte) (int, error)
func (*Writer) Flush() error
func NewWriter(io.Writer) *Writer
const MaxScanTokenSize = 65536
"#;

pub const BITS: &str = r#"
const UintSize = 64
func OnesCount(uint) int
func OnesCount8(uint8) int
func OnesCount16(uint16) int
func OnesCount32(uint32) int
func OnesCount64(uint64) int
func LeadingZeros(uint) int
func LeadingZeros8(uint8) int
func LeadingZeros16(uint16) int
func LeadingZeros32(uint32) int
func LeadingZeros64(uint64) int
func TrailingZeros(uint) int
func TrailingZeros8(uint8) int
func TrailingZeros16(uint16) int
func TrailingZeros32(uint32) int
func TrailingZeros64(uint64) int
func Len(uint) int
func Len8(uint8) int
func Len16(uint16) int
func Len32(uint32) int
func Len64(uint64) int
func Reverse(uint) uint
func Reverse8(uint8) uint8
func Reverse16(uint16) uint16
func Reverse32(uint32) uint32
func Reverse64(uint64) uint64
func ReverseBytes(uint) uint
func ReverseBytes16(uint16) uint16
func ReverseBytes32(uint32) uint32
func ReverseBytes64(uint64) uint64
func RotateLeft(uint, int) uint
func RotateLeft8(uint8, int) uint8
func RotateLeft16(uint16, int) uint16
func RotateLeft32(uint32, int) uint32
func RotateLeft64(uint64, int) uint64
func Add64(uint64, uint64, uint64) (uint64, uint64)
func Sub64(uint64, uint64, uint64) (uint64, uint64)
func Mul64(uint64, uint64) (uint64, uint64)
func Div64(uint64, uint64, uint64) (uint64, uint64)
"#;

pub const CMPLX: &str = r#"
func Abs(complex128) float64
func Sqrt(complex128) complex128
func Exp(complex128) complex128
func Log(complex128) complex128
func Pow(complex128, complex128) complex128
func Phase(complex128) float64
func Polar(complex128) (float64, float64)
func Rect(float64, float64) complex128
func Conj(complex128) complex128
func Inf() complex128
func NaN() complex128
func IsNaN(complex128) bool
func IsInf(complex128) bool
"#;

pub const NET: &str = r#"
import time
type Addr interface { Network() string; String() string }
type Conn interface { Read([]byte) (int, error); Write([]byte) (int, error); Close() error; LocalAddr() Addr; RemoteAddr() Addr; SetDeadline(time.Time) error; SetReadDeadline(time.Time) error; SetWriteDeadline(time.Time) error }
type Listener interface { Accept() (Conn, error); Close() error; Addr() Addr }
type Error interface { Error() string; Timeout() bool; Temporary() bool }
type TCPAddr struct { impl uintptr }
func (*TCPAddr) String() string
func (*TCPAddr) Network() string
type TCPListener struct { impl uintptr }
func (*TCPListener) Accept() (Conn, error)
func (*TCPListener) Close() error
func (*TCPListener) Addr() Addr
type TCPConn struct { impl uintptr }
func (*TCPConn) Read([]byte) (int, error)
func (*TCPConn) Write([]byte) (int, error)
func (*TCPConn) Close() error
func (*TCPConn) CloseWrite() error
func (*TCPConn) LocalAddr() Addr
func (*TCPConn) RemoteAddr() Addr
func (*TCPConn) SetDeadline(time.Time) error
func (*TCPConn) SetReadDeadline(time.Time) error
func (*TCPConn) SetWriteDeadline(time.Time) error
type OpError struct { Op string; Net string; Source Addr; Addr Addr; Err error }
func (*OpError) Error() string
func (*OpError) Unwrap() error
func (*OpError) Timeout() bool
func (*OpError) Temporary() bool
var ErrClosed error
func Listen(string, string) (Listener, error)
func Dial(string, string) (Conn, error)
func DialTimeout(string, string, time.Duration) (Conn, error)
func JoinHostPort(string, string) string
func SplitHostPort(string) (string, string, error)
"#;

pub const LOG: &str = r#"
import io
const Ldate = 1
const Ltime = 2
const Lmicroseconds = 4
const Llongfile = 8
const Lshortfile = 16
const LUTC = 32
const Lmsgprefix = 64
const LstdFlags = 3
type Logger struct { impl uintptr }
func New(io.Writer, string, int) *Logger
func Default() *Logger
func Print(...any)
func Printf(string, ...any)
func Println(...any)
func Fatal(...any)
func Fatalf(string, ...any)
func Fatalln(...any)
func Panic(...any)
func Panicf(string, ...any)
func Panicln(...any)
func SetFlags(int)
func Flags() int
func SetPrefix(string)
func Prefix() string
func SetOutput(io.Writer)
func Writer() io.Writer
func Output(int, string) error
func (*Logger) Print(...any)
func (*Logger) Printf(string, ...any)
func (*Logger) Println(...any)
func (*Logger) Fatal(...any)
func (*Logger) Fatalf(string, ...any)
func (*Logger) Fatalln(...any)
func (*Logger) Panic(...any)
func (*Logger) Panicf(string, ...any)
func (*Logger) Panicln(...any)
func (*Logger) SetFlags(int)
func (*Logger) Flags() int
func (*Logger) SetPrefix(string)
func (*Logger) Prefix() string
func (*Logger) SetOutput(io.Writer)
func (*Logger) Writer() io.Writer
func (*Logger) Output(int, string) error
"#;
