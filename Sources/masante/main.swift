print("masante")
