#include <stdio.h>
int main(void) { puts("hello from the toolchain"); return 0; }
