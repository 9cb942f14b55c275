// run
// Tiny tokenizer and recursive-descent calculator with variables and error reporting.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *Parser) expr() float64 {
	v := p.term()
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		if p.next().Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.factor()
	for p.peek().Kind == OP && (p.peek().Text == "*" || p.peek().Text == "/") {
		if p.next().Text == "*" {
			v *= p.factor()
		} else {
			d := p.factor()
			if d == 0 {
				panic(fmt.Errorf("division by zero"))
			}
			v /= d
		}
	}
	return v
}

func (p *Parser) factor() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return f
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			panic(fmt.Errorf("undefined variable %s", t.Text))
		}
		return v
	case OP:
		if t.Text == "-" {
			return -p.factor()
		}
	case LPAREN:
		v := p.expr()
		if p.next().Kind != RPAREN {
			panic(fmt.Errorf("expected )"))
		}
		return v
	}
	panic(fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos))
}

func eval(src string, vars map[string]float64) (v float64, err error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &Parser{toks: toks, vars: vars}
	v = p.expr()
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing %q", p.peek().Text)
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"x": 3, "pi": 3.14159}
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-x * x + 10", "2 * pi * x", "10 / (5 - 5)", "y + 1", "3 $ 4", "1.2.3", "(1 + 2", "4 4"} {
		v, err := eval(s, vars)
		if err != nil {
			fmt.Printf("%-14s error: %v\n", s, err)
		} else {
			fmt.Printf("%-14s = %g\n", s, v)
		}
	}
	toks, _ := tokenize("a+(12*b)")
	fmt.Println(toks)
	fmt.Printf("%+v\n", toks[1])
}
