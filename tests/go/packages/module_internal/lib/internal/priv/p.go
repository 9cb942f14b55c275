package priv

func P() int { return 1 }
