#include <iostream>
int main() { std::cout << "hello from the C++ toolchain" << std::endl; return 0; }
