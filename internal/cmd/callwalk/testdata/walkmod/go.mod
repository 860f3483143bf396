module example.com/walkmod

go 1.24
