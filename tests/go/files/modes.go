// run
package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	modes := []fs.FileMode{
		0, 0644, 0755, 0600, 0777, os.ModePerm,
		fs.ModeDir | 0755, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600,
		fs.ModeSocket | 0700, fs.ModeDevice | fs.ModeCharDevice | 0620,
		fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0755,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | 0644,
		fs.ModeIrregular, 1<<31 | 1<<30 | 0777,
	}
	for _, m := range modes {
		fmt.Printf("%-14s %v %v %v %o %d\n", m.String(), m.IsDir(), m.IsRegular(), m.Type(), m.Perm(), uint32(m))
	}
	var m os.FileMode = fs.ModeDir
	fmt.Println(m|0700, fs.ModeType, os.ModeDir == fs.ModeDir)
	fmt.Printf("%v %s %d\n", fs.FileMode(0640), fs.FileMode(0640), fs.FileMode(0640))
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_TRUNC, os.O_SYNC)
	fmt.Println(os.PathSeparator, os.PathListSeparator, string(os.PathSeparator))
}
