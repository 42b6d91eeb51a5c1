package aa
