//! Fixed-shape statements whose determinism needs a protocol the random statements cannot
//! guarantee: recovered panics, defers, goroutines with WaitGroup/Mutex/channels/select,
//! labelled loops, goto, type switches, sorted map iteration, untyped constants, string
//! conversions, slice aliasing. Invariants: each template is one `{ ... }` block (or an
//! immediately called function) whose own names never leak to the enclosing scope; goroutines
//! read shared variables only while the spawning goroutine waits, write only their own local
//! state or result slot, and communicate in a fixed order or through commutative sums.

use super::types::{IntK, Ty, INT_KINDS};
use super::Gen;

impl Gen {
    /// Emits several lines of Go at the current indentation.
    fn lines(&mut self, text: &str) {
        for l in text.lines() {
            self.line(l);
        }
    }

    pub fn template(&mut self) {
        match self.rng.below(24) {
            22 | 23 => self.layered_defers_template(),
            20 | 21 => self.pool_template(),
            17 => self.named_template(),
            18 => self.channel_template(),
            19 => self.string_switch_template(),
            0 | 1 => self.recover_template(),
            2 => self.defer_template(),
            3 => self.workers_template(),
            4 => self.pipeline_template(),
            5 => self.mutex_template(),
            6 => self.select_template(),
            7 => self.labelled_template(),
            8 => self.goto_template(),
            9 => self.type_switch_template(),
            10 => self.sorted_map_template(),
            11 => self.const_template(),
            12 => self.string_template(),
            13 => self.slice_template(),
            14 => self.closures_template(),
            15 => self.pingpong_template(),
            _ => self.struct_template(),
        }
    }

    /// Output when printing is allowed, else a fold of the same text.
    fn show(&mut self, args: &str) {
        if self.printing_allowed && !self.restricted() {
            self.line(&format!("fmt.Println({args})"));
        } else {
            self.line(&format!("acc = fold(acc, hs(fmt.Sprintln({args})))"));
        }
    }

    fn recover_template(&mut self) {
        self.open("func() {");
        self.lines("defer func() {\n\tr := recover()\n\tacc = fold(acc, hs(fmt.Sprint(r)))");
        if self.printing_allowed {
            self.line("\tfmt.Println(\"recovered:\", r)");
        }
        self.line("}()");
        let k = self.rng.range(0, 10);
        let panicking = match self.rng.below(10) {
            0 => {
                let t = INT_KINDS[self.rng.below(INT_KINDS.len())].name();
                format!("zero := {t}(acc & 0)\nacc = fold(acc, uint64({t}({k}) / zero))")
            }
            1 => format!("xs := []int{{1, 2, 3}}\nk := int(acc%5) + 3\nacc = fold(acc, uint64(xs[k+{k}]))"),
            2 => format!("xs := []int{{1, 2, 3}}\nk := int(acc%5) + 4\nacc = fold(acc, uint64(len(xs[1:k+{k}])))"),
            3 => "var m map[string]int\nm[\"a\"] = 1".to_string(),
            4 => {
                let ty = self.any_type();
                let x = self.expr(&ty, 2).s;
                let other = if ty == Ty::Str { "int" } else { "string" };
                format!("var e interface{{}} = {x}\nacc = fold(acc, hs(fmt.Sprint(e.({other}))))")
            }
            5 => {
                let ty = self.any_type();
                let x = self.expr(&ty, 2).s;
                format!("panic({x})")
            }
            6 => format!("panic(fmt.Errorf(\"failure %d: %w\", {k}, errBase))"),
            7 if !self.structs.is_empty() => {
                let i = self.rng.below(self.structs.len());
                format!("var p *S{i}\nacc = fold(acc, p.sum())")
            }
            8 => "ch := make(chan int)\nclose(ch)\nclose(ch)".to_string(),
            _ => "var e interface{} = []int{1}\nvar f interface{} = []int{1}\nacc = fold(acc, b2u(e == f))".to_string(),
        };
        self.body(0, 2);
        self.lines(&panicking);
        self.line("acc = fold(acc, 99)");
        self.close("}()");
    }

    /// A function with layers of deferred calls that recover, re-panic, panic anew, recover
    /// indirectly (nil), or panic and recover inside themselves; the outermost layer always
    /// recovers, so the call returns. Every recovered value is folded into the result.
    fn layered_defers_template(&mut self) {
        let f = self.fresh("layers");
        self.open(&format!("{f} := func(n int) (r uint64) {{"));
        self.line("defer func() { r = fold(r, hs(fmt.Sprint(recover()))) }()");
        for _ in 0..self.rng.range(1, 5) {
            let k = self.rng.range(0, 100);
            let action = match self.rng.below(7) {
                0 => "r = fold(r, hs(fmt.Sprint(recover())))".to_string(),
                1 => format!("r = fold(r, {k})"),
                2 => format!("if v := recover(); v != nil {{\n\tpanic(fmt.Sprint(\"re{k}:\", v))\n}}"),
                3 => format!("panic(fmt.Errorf(\"layer {k}: %w\", errBase))"),
                4 => format!(
                    "r = fold(r, hs(fmt.Sprint(recover())))\ndefer func() {{ r = fold(r, hs(fmt.Sprint(recover()))) }}()\nvar m map[int]int\nm[{k}]++"
                ),
                5 => "r = fold(r, hs(fmt.Sprint(indirectRecover())))".to_string(),
                _ => format!(
                    "func() {{\n\tdefer func() {{ r = fold(r, hs(fmt.Sprint(recover()))) }}()\n\tpanic({k})\n}}()"
                ),
            };
            self.open("defer func() {");
            self.lines(&action);
            self.close("}()");
        }
        let k = self.rng.range(0, 10);
        let panicking = match self.rng.below(5) {
            0 => String::new(),
            1 => "panic(n)".to_string(),
            2 => format!("xs := []int{{1, 2}}\nr = fold(r, uint64(xs[n+{k}]))"),
            3 => "panic(errBase)".to_string(),
            _ => "var p *int\nr = fold(r, uint64(*p))".to_string(),
        };
        self.lines(&panicking);
        self.line("return r + 1");
        self.close("}");
        let arg = self.rng.range(2, 9);
        self.line(&format!("acc = fold(acc, {f}({arg}))"));
    }

    fn defer_template(&mut self) {
        let n = self.rng.range(1, 4);
        // The body writes acc: call it before reading acc (operand order is unspecified).
        let d = self.fresh("d");
        self.open(&format!("{d} := func() (r uint64) {{"));
        self.lines(&format!(
            "for i := 0; i < {n}; i++ {{\n\tdefer func(k int) {{ r = fold(r, uint64(k)) }}(i)\n}}"
        ));
        self.line("x := acc");
        self.line("defer func(v uint64) { r = fold(r, v) }(x)");
        self.line("x++");
        self.line("defer func() { r = r*3 + uint64(b2u(recover() == nil)) }()");
        self.open("{");
        self.body(0, 2);
        self.close("}");
        self.line("return acc ^ x");
        self.close("}()");
        self.line(&format!("acc = fold(acc, {d})"));
    }

    /// Runs `f` as the body of restricted code (a goroutine): outer variables read-only.
    fn restricted_body(&mut self, f: impl FnOnce(&mut Gen)) {
        let saved = self.restricted_from;
        if saved.is_none() {
            self.restricted_from = Some(self.scopes.len() - 1);
        }
        f(self);
        self.restricted_from = saved;
    }

    fn workers_template(&mut self) {
        let n = self.trip_count(5);
        self.lines(&format!(
            "{{\n\tres := make([]uint64, {n})\n\tvar wg sync.WaitGroup\n\tfor w := 0; w < {n}; w++ {{\n\t\twg.Add(1)"
        ));
        self.indent += 2;
        self.open("go func(w int) {");
        self.restricted_body(|g| {
            g.line("defer wg.Done()");
            g.line("acc := uint64(w)");
            g.declare("acc", Ty::Int(IntK::U64), true);
            g.declare("w", Ty::Int(IntK::Int), false);
            g.in_loop(n as u64, |g| g.body(1, 4));
            g.line("res[w] = acc");
        });
        self.close("}(w)");
        self.indent -= 2;
        self.lines("\t}\n\twg.Wait()\n\tfor _, r := range res {\n\t\tacc = fold(acc, r)\n\t}\n}");
    }

    fn pipeline_template(&mut self) {
        let n = self.trip_count(8);
        let b = self.rng.range(0, 3);
        self.lines(&format!(
            "{{\n\tch := make(chan int64, {b})\n\tout := make(chan uint64)\n\tgo func() {{\n\t\tfor k := 0; k < {n}; k++ {{"
        ));
        self.indent += 3;
        self.scopes.push(Vec::new());
        self.declare("k", Ty::Int(IntK::Int), false);
        let e = {
            let mut e = String::new();
            self.restricted_body(|g| e = g.expr_nc(&Ty::Int(IntK::I64), 3));
            e
        };
        self.scopes.pop();
        self.indent -= 3;
        self.lines(&format!(
            "\t\t\tch <- {e}\n\t\t}}\n\t\tclose(ch)\n\t}}()\n\tgo func() {{\n\t\ts := uint64(0)\n\t\tfor v := range ch {{\n\t\t\ts = fold(s, uint64(v))\n\t\t}}\n\t\tout <- s\n\t}}()\n\tacc = fold(acc, <-out)\n}}"
        ));
    }

    /// A worker pool: jobs through a channel, results keyed by job number, a Once and an
    /// atomic counter.
    fn pool_template(&mut self) {
        let (w, n) = (self.rng.range(1, 4), self.trip_count(8));
        let (b1, b2) = (self.rng.range(0, 3), self.rng.range(0, 3));
        self.scopes.push(Vec::new());
        self.declare("j", Ty::Int(IntK::Int), false);
        let mut e = String::new();
        self.restricted_body(|g| {
            let ty = g.any_type();
            // Not constant: uint64(constant) must be representable.
            let x = g.expr_nc(&ty, 3);
            e = g.fold_of(&format!("({x})"), &ty);
        });
        self.scopes.pop();
        self.lines(&format!(
            "{{
	jobs := make(chan int, {b1})
	results := make(chan [2]uint64, {b2})
	var wg sync.WaitGroup
	var once sync.Once
	var hits int64
	for w := 0; w < {w}; w++ {{
		wg.Add(1)
		go func() {{
			defer wg.Done()
			for j := range jobs {{
				once.Do(func() {{ atomic.AddInt64(&hits, 100) }})
				atomic.AddInt64(&hits, 1)
				results <- [2]uint64{{uint64(j), {e}}}
			}}
		}}()
	}}
	go func() {{
		for j := 0; j < {n}; j++ {{
			jobs <- j
		}}
		close(jobs)
	}}()
	go func() {{
		wg.Wait()
		close(results)
	}}()
	out := make([]uint64, {n})
	for r := range results {{
		out[r[0]] = r[1]
	}}
	acc = fold(fold(acc, hs(fmt.Sprint(out))), uint64(atomic.LoadInt64(&hits)))
}}"
        ));
    }

    fn mutex_template(&mut self) {
        let (n, m) = (self.rng.range(1, 6), self.rng.range(1, 20));
        let rw = if self.rng.chance(1, 2) {
            "sync.Mutex"
        } else {
            "sync.RWMutex"
        };
        self.lines(&format!(
            "{{
	var m {rw}
	total := uint64(0)
	var wg sync.WaitGroup
	for w := 0; w < {n}; w++ {{
		wg.Add(1)
		go func(w int) {{
			defer wg.Done()
			for j := 0; j < {m}; j++ {{
				m.Lock()
				total += uint64(w*j + 1)
				m.Unlock()
			}}
		}}(w)
	}}
	wg.Wait()
	acc = fold(acc, total)
}}"
        ));
    }

    fn select_template(&mut self) {
        let (n, m) = (self.rng.range(0, 6), self.rng.range(0, 6));
        let b = self.rng.range(0, 2);
        self.lines(&format!(
            "{{
	a := make(chan int, {b})
	b := make(chan string)
	go func() {{
		for k := 0; k < {n}; k++ {{
			a <- k * k
		}}
		close(a)
	}}()
	go func() {{
		for k := 0; k < {m}; k++ {{
			b <- strconv.Itoa(k)
		}}
		close(b)
	}}()
	sa, sb := 0, uint64(0)
	for a != nil || b != nil {{
		select {{
		case v, ok := <-a:
			if !ok {{
				a = nil
				continue
			}}
			sa += v
		case s, ok := <-b:
			if !ok {{
				b = nil
				continue
			}}
			sb += hs(s)
		}}
	}}
	acc = fold(fold(acc, uint64(sa)), sb)
}}"
        ));
    }

    fn pingpong_template(&mut self) {
        let n = self.rng.range(1, 5);
        self.lines(&format!(
            "{{\n\tping, pong := make(chan int), make(chan int)\n\tgo func() {{\n\t\tfor v := range ping {{\n\t\t\tpong <- v*2 + 1\n\t\t}}\n\t\tclose(pong)\n\t}}()\n\tfor k := 0; k < {n}; k++ {{\n\t\tping <- k\n\t\tv := <-pong"
        ));
        self.indent += 2;
        self.show("\"pong\", v");
        self.indent -= 2;
        self.lines("\t}\n\tclose(ping)\n\t_, ok := <-pong");
        self.indent += 1;
        self.show("\"open\", ok");
        self.indent -= 1;
        self.line("}");
    }

    fn labelled_template(&mut self) {
        let l = self.fresh("outer");
        let (n, m) = (self.trip_count(5), self.trip_count(5));
        let (i, j) = (self.fresh("i"), self.fresh("j"));
        self.line(&format!("{l}:"));
        self.open(&format!("for {i} := 0; {i} < {n}; {i}++ {{"));
        self.declare(&i, Ty::Int(IntK::Int), false);
        self.open(&format!("for {j} := 0; {j} < {m}; {j}++ {{"));
        self.declare(&j, Ty::Int(IntK::Int), false);
        let (r, c) = (self.rng.range(2, 5), self.rng.range(0, 1));
        self.lines(&format!(
            "if ({i}*{m}+{j})%{r} == {c} {{\n\tcontinue {l}\n}}"
        ));
        let c = self.expr_nc(&Ty::Bool, 2);
        self.lines(&format!("if {c} && {j} > {i} {{\n\tbreak {l}\n}}"));
        self.in_loop((n * m) as u64, |g| g.body(1, 3));
        self.close("}");
        self.close("}");
    }

    fn goto_template(&mut self) {
        let l = self.fresh("again");
        let s = self.fresh("skip");
        let n = self.trip_count(5);
        let c = self.expr_nc(&Ty::Bool, 2);
        self.lines(&format!(
            "{{\n\tn := 0\n{l}:\n\tacc = fold(acc, uint64(n))\n\tif {c} {{\n\t\tgoto {s}\n\t}}"
        ));
        self.indent += 1;
        self.open("{");
        self.in_loop(n as u64, |g| g.body(1, 3));
        self.close("}");
        self.indent -= 1;
        self.lines(&format!(
            "{s}:\n\tn++\n\tif n < {n} {{\n\t\tgoto {l}\n\t}}\n}}"
        ));
    }

    fn type_switch_template(&mut self) {
        let mut tys: Vec<Ty> = Vec::new();
        for _ in 0..self.rng.range(2, 5) {
            let t = self.any_type();
            if !tys.contains(&t) {
                tys.push(t);
            }
        }
        let mut items: Vec<String> = Vec::new();
        for t in &tys {
            items.push(self.expr(t, 2).s);
        }
        items.push("nil".into());
        items.push("check(int(acc % 3))".into());
        if !self.structs.is_empty() {
            let i = self.rng.below(self.structs.len());
            items.push(format!("&{}", self.struct_literal(i)));
        }
        self.lines(&format!(
            "for _, x := range []interface{{}}{{{}}} {{",
            items.join(", ")
        ));
        self.line("\tswitch v := x.(type) {");
        self.line("\tcase nil:\n\t\tacc = fold(acc, 77)");
        let ncases = self.rng.range(1, tys.len() as i64) as usize;
        for t in tys.iter().take(ncases) {
            let f = if let Ty::Struct(_) = t {
                "v.sum()".to_string()
            } else {
                self.fold_of("v", t)
            };
            self.line(&format!("\tcase {}:\n\t\tacc = fold(acc, {f})", t.go()));
        }
        self.line("\tcase Summer:\n\t\tacc = fold(acc, v.sum())");
        self.line("\tcase error:\n\t\tacc = fold(acc, hs(v.Error()))");
        self.line("\tdefault:\n\t\tacc = fold(acc, hs(fmt.Sprintf(\"%T %v\", v, v)))\n\t}");
        self.line("\tif s, ok := x.(fmt.Stringer); ok {\n\t\tacc = fold(acc, hs(s.String()))\n\t}");
        self.line("}");
    }

    fn sorted_map_template(&mut self) {
        let kt = if self.rng.chance(1, 3) {
            Ty::Str
        } else {
            Ty::Int(*self.rng.pick(&INT_KINDS))
        };
        let vt = super::types::scalar(&mut self.rng);
        let mt = Ty::Map(Box::new(kt.clone()), Box::new(vt.clone()));
        let m = self.expr_nc(&mt, 2);
        let n = self.trip_count(6);
        self.line("{");
        self.line(&format!("\tm := {m}"));
        self.indent += 1;
        self.scopes.push(Vec::new());
        self.declare("k", Ty::Int(IntK::Int), false);
        let key = self.expr(&kt, 2).s;
        let val = self.expr(&vt, 2).s;
        self.scopes.pop();
        let key2 = self.expr(&kt, 1).s;
        self.indent -= 1;
        let (fk, fv) = (self.fold_of("k", &kt), self.fold_of("m[k]", &vt));
        self.lines(&format!(
            "\tfor k := 0; k < {n}; k++ {{
		m[{key}] = {val}
	}}
	delete(m, {key2})
	v, ok := m[{key2}]
	acc = fold(acc, {fv2})
	acc = fold(acc, b2u(ok)+uint64(len(m)))
	keys := make([]{kg}, 0, len(m))
	for k := range m {{
		keys = append(keys, k)
	}}
	sort.Slice(keys, func(a, b int) bool {{ return keys[a] < keys[b] }})
	for _, k := range keys {{
		acc = fold(fold(acc, {fk}), {fv})
	}}",
            fv2 = self.fold_of("v", &vt),
            kg = kt.go()
        ));
        self.show("len(m), m");
        self.line("}");
    }

    fn const_template(&mut self) {
        let a = self.rng.range(1, 1000) as i128;
        let s = self.rng.range(0, 80) as u32;
        let b = self.rng.range(1, 1000) as i128;
        let d = self.rng.range(1, 1000) as i128;
        let c1 = a << s;
        let c2 = c1 * b / d;
        let c3 = (c2 - c1) % (d + 7);
        let fits = |v: i128| (128 - v.unsigned_abs().leading_zeros()).saturating_sub(62);
        let (k1, k2) = (fits(c1), fits(c2));
        let n = self.fresh("c");
        let (ia, ib) = (self.rng.range(1, 9), self.rng.range(0, 7));
        self.lines(&format!(
            "{{
	const {n}a = {a} << {s}
	const {n}b = {n}a * {b} / {d}
	const {n}c = ({n}b - {n}a) % ({d} + 7)
	const {n}f = {a}.0 / {d}.0
	const {n}s = \"x\" + \"yz\"
	const (
		{n}i0 = iota * {ia}
		{n}i1
		{n}i2 = 1 << (iota + {ib})
		{n}i3
	)
	acc = fold(acc, uint64({n}a>>{k1}))
	acc = fold(acc, uint64({n}b>>{k2}))
	acc = fold(acc, uint64({n}c+2000))
	acc = fold(acc, fbits({n}f*{d}))
	acc = fold(acc, b2u({n}f*{d} == {a}))
	acc = fold(acc, uint64(len({n}s)+{n}i0+{n}i1+{n}i2+{n}i3))
	acc = fold(acc, uint64('a'+{ib}))"
        ));
        debug_assert!(c3.abs() < 2000);
        self.indent += 1;
        self.show(&format!("{n}a>>{k1}, {n}b>>{k2}, {n}c, {n}f, {n}f*3, float32({n}f), {n}i3, 'x'+1, math.MaxInt8, uint64(math.MaxUint64)%{d}"));
        self.indent -= 1;
        self.line("}");
    }

    fn string_template(&mut self) {
        let s = self.expr(&Ty::Str, 3).s;
        let parse = match self.rng.below(5) {
            0 => "strconv.Atoi(s)",
            1 => "strconv.ParseInt(s, 10, 8)",
            2 => "strconv.ParseFloat(s, 64)",
            3 => "strconv.ParseBool(s)",
            _ => "strconv.ParseUint(s, 16, 16)",
        };
        let conv = if parse.contains("Float") {
            "fbits(n)"
        } else if parse.contains("Bool") {
            "b2u(n)"
        } else {
            "uint64(n)"
        };
        self.lines(&format!(
            "{{
	s := {s}
	for i, r := range s {{
		acc = fold(acc, uint64(i)<<32|uint64(r))
	}}
	bs, rs := []byte(s), []rune(s)
	acc = fold(acc, uint64(len(bs))<<16|uint64(len(rs)))
	var sb strings.Builder
	for i := len(rs) - 1; i >= 0; i-- {{
		sb.WriteRune(rs[i])
	}}
	acc = fold(acc, hs(sb.String()))
	acc = fold(acc, uint64(len(strings.Split(s, \" \")))+uint64(len(strings.Fields(s))))
	n, err := {parse}
	if err != nil {{
		acc = fold(acc, hs(err.Error()))
	}} else {{
		acc = fold(acc, {conv})
	}}"
        ));
        self.indent += 1;
        self.show("fmt.Sprintf(\"%q %x % x %U %v\", s, s, bs, rs, err)");
        self.indent -= 1;
        self.line("}");
    }

    fn slice_template(&mut self) {
        let el = super::types::scalar(&mut self.rng);
        let t = Ty::Slice(Box::new(el.clone()));
        let xs: Vec<String> = (0..5).map(|_| self.expr(&el, 1).s).collect();
        let (x, y, z) = (
            self.expr(&el, 2).s,
            self.expr(&el, 2).s,
            self.expr(&el, 2).s,
        );
        let (lo, hi) = (self.rng.range(0, 2), self.rng.range(2, 4));
        let max = self.rng.range(hi, 5);
        self.lines(&format!(
            "{{
	var ns {tg}
	acc = fold(acc, b2u(ns == nil)+uint64(len(ns)+cap(ns)))
	ns = append(ns, {x})
	base := {tg}{{{xs}}}
	t := base[{lo}:{hi}:{max}]
	t = append(t, {y})
	t = append(t, {z})
	t[0] = base[4]
	n := copy(base[1:], base)",
            tg = t.go(),
            xs = xs.join(", ")
        ));
        self.indent += 1;
        self.show("len(ns), cap(ns), len(t), cap(t), n, ns, base, t");
        self.indent -= 1;
        self.line("}");
    }

    fn closures_template(&mut self) {
        let n = self.rng.range(1, 5);
        let k = self.rng.range(1, 9);
        self.lines(&format!(
            "{{
	mk := func(start int) func() int {{
		c := start
		return func() int {{
			c += {k}
			return c
		}}
	}}
	g1, g2 := mk(1), mk(100)
	acc = fold(acc, uint64(g1()+g1()*2+g2()))
	var fs [{n}]func() int
	for i := 0; i < {n}; i++ {{
		i := i
		fs[i] = func() int {{ return i*i + g1() }}
	}}
	for _, f := range fs {{
		acc = fold(acc, uint64(f()))
	}}
}}"
        ));
    }

    fn named_template(&mut self) {
        let k = self.count_kind;
        let x = self.expr_nc(&Ty::Int(k), 2);
        let n = self.rng.range(1, 4);
        self.lines(&format!(
            "{{
	c := Count({x})
	for k := 0; k < {n}; k++ {{
		c.inc()
	}}
	p := &c
	p.inc()
	f := c.scaled
	g := Count.scaled
	h := (*Count).inc
	h(p)
	var e interface{{}} = c
	_, isStringer := e.(fmt.Stringer)
	acc = fold(fold(acc, uint64(f()+g(c))), uint64(c)+b2u(isStringer))"
        ));
        self.indent += 1;
        self.show("c, []Count{c, c.scaled()}, fmt.Sprintf(\"%v|%d|%x\", c, c, p.scaled())");
        self.indent -= 1;
        self.line("}");
    }

    fn channel_template(&mut self) {
        let (b, n) = (self.rng.range(0, 3), self.rng.range(0, 4));
        let el = super::types::scalar(&mut self.rng);
        let x = self.expr(&el, 2).s;
        let x = self.typed(&x, &el);
        self.lines(&format!(
            "{{
	ch := make(chan {t}, {b})
	for k := 0; k < {n}; k++ {{
		select {{
		case ch <- {x}:
			acc = fold(acc, uint64(k))
		default:
			acc = fold(acc, 1000)
		}}
	}}
	acc = fold(acc, uint64(len(ch)*10+cap(ch)))
	close(ch)
	for v := range ch {{
		acc = fold(acc, {fv})
	}}
	v, ok := <-ch
	acc = fold(fold(acc, {fv}), b2u(ok))
}}",
            t = el.go(),
            fv = self.fold_of("v", &el)
        ));
    }

    fn string_switch_template(&mut self) {
        let s = self.expr(&Ty::Str, 2).s;
        self.line(&format!("switch s := {s}; s {{"));
        let mut lits: Vec<&str> = Vec::new();
        for _ in 0..self.rng.range(1, 5) {
            let l = *self.rng.pick(super::expr::STRINGS);
            if !lits.contains(&l) {
                lits.push(l);
            }
        }
        for group in lits.chunks(2) {
            self.open(&format!("case {}:", group.join(", ")));
            self.line("acc = fold(acc, hs(s))");
            self.body(0, 2);
            self.close("");
        }
        self.open("default:");
        self.line("acc = fold(acc, uint64(len(s)))");
        self.body(0, 2);
        self.close("");
        self.line("}");
    }

    fn struct_template(&mut self) {
        if self.structs.is_empty() {
            return self.slice_template();
        }
        let i = self.rng.below(self.structs.len());
        let a = self.expr(&Ty::Struct(i), 2).s;
        let d = self.rng.range(-3, 3);
        self.lines(&format!(
            "{{
	a := {a}
	b := a
	p := &b
	p.bump({d})
	arr := [2]S{i}{{a, b}}
	arr2 := arr
	arr2[0].bump({d})
	acc = fold(acc, b2u(a == b)+2*b2u(arr == arr2)+4*b2u(arr2[1] == *p))
	sa, sp := a.sum, S{i}.sum
	bp := (*S{i}).bump
	bp(&a, {d})
	acc = fold(acc, sa()^sp(a))"
        ));
        self.indent += 1;
        self.show("a, b, arr2");
        self.show(&format!("fmt.Sprintf(\"%+v|%v\", a, []S{i}{{b}})"));
        self.indent -= 1;
        self.line("}");
    }
}
