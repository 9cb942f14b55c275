package inventory

var secret = 42

func helper() int { return secret }

func Count() int { return helper() }
