module example.com/vend

go 1.19

require github.com/acme/greet v1.0.0
