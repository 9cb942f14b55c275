// run procs=1,2
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"sort"
	"strings"
	"sync"
)

type result struct {
	path string
	sum  [md5.Size]byte
}

func shard(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%x\n", sha1.Sum(data))
	fmt.Printf("%x\n", sha256.Sum256(data))
	fmt.Printf("%x\n", sha256.Sum224(nil))
	s := sha256.Sum256([]byte("abc"))
	fmt.Println(len(s), s[0], s[31], md5.Size, sha256.BlockSize)
	var h hash.Hash = sha256.New()
	io.WriteString(h, "ab")
	fmt.Fprintf(h, "%s", "c")
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	fmt.Printf("%x\n", h.Sum([]byte{1, 2}))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	m := md5.New()
	m.Write([]byte("hello"))
	fmt.Printf("%x %T\n", m.Sum(nil), m)
	for _, k := range []string{"alpha", "beta", "gamma", ""} {
		a := fnv.New32()
		a.Write([]byte(k))
		b := fnv.New64a()
		b.Write([]byte(k))
		c := fnv.New64()
		c.Write([]byte(k))
		fmt.Println(k, a.Sum32(), b.Sum64(), c.Sum64(), shard(k, 8), crc32.ChecksumIEEE([]byte(k)))
	}
	cr := crc32.NewIEEE()
	cr.Write(data[:10])
	cr.Write(data[10:])
	fmt.Println(cr.Sum32() == crc32.ChecksumIEEE(data), cr.Size())
	// MD5All-style pipeline: digest files concurrently, collect, sort.
	files := map[string]string{"a.txt": "alpha", "b.txt": strings.Repeat("b", 1000), "c.txt": ""}
	paths := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range paths {
				results <- result{p, md5.Sum([]byte(files[p]))}
			}
		}()
	}
	go func() {
		for p := range files {
			paths <- p
		}
		close(paths)
	}()
	go func() { wg.Wait(); close(results) }()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].path < all[j].path })
	for _, r := range all {
		fmt.Printf("%x  %s\n", r.sum, r.path)
	}
	arr := md5.Sum(data)
	cp := arr
	cp[0] = 0
	fmt.Println(arr == cp, arr[0] != 0, arr[:4])
}
