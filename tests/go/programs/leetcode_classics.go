// run
// Leetcode-style solutions: two-sum, anagrams, longest unique substring, merge intervals, DP.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func twoSum(nums []int, target int) []int {
	seen := make(map[int]int)
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return []int{j, i}
		}
		seen[n] = i
	}
	return nil
}

func isAnagram(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var cnt [26]int
	for i := 0; i < len(a); i++ {
		cnt[a[i]-'a']++
		cnt[b[i]-'a']--
	}
	return cnt == [26]int{}
}

func groupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		b := []byte(w)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		groups[string(b)] = append(groups[string(b)], w)
	}
	var out [][]string
	for _, g := range groups {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func lengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if p, ok := last[s[i]]; ok && p >= start {
			start = p + 1
		}
		last[s[i]] = i
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}

func merge(iv [][]int) [][]int {
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	var out [][]int
	for _, in := range iv {
		if n := len(out); n > 0 && in[0] <= out[n-1][1] {
			if in[1] > out[n-1][1] {
				out[n-1][1] = in[1]
			}
		} else {
			out = append(out, in)
		}
	}
	return out
}

func coinChange(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = amount + 1
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] > amount {
		return -1
	}
	return dp[amount]
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func min3(a, b, c int) int {
	if b < a {
		a = b
	}
	if c < a {
		a = c
	}
	return a
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9), twoSum([]int{3, 2, 4}, 6), twoSum([]int{1}, 5))
	fmt.Println(isAnagram("anagram", "nagaram"), isAnagram("rat", "car"))
	fmt.Println(groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", ""} {
		fmt.Print(lengthOfLongestSubstring(s), " ")
	}
	fmt.Println()
	fmt.Println(merge([][]int{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}}))
	fmt.Println(coinChange([]int{1, 2, 5}, 11), coinChange([]int{2}, 3), coinChange([]int{186, 419, 83, 408}, 6249))
	fmt.Println(editDistance("kitten", "sitting"), editDistance("intention", "execution"))
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"))
	climb := make([]uint64, 91)
	climb[0], climb[1] = 1, 1
	for i := 2; i < len(climb); i++ {
		climb[i] = climb[i-1] + climb[i-2]
	}
	fmt.Println(climb[10], climb[45], climb[90])
}
