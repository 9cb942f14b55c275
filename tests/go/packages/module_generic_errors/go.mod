module example.com/generr

go 1.19
