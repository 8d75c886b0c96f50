// Replaced by the GUI implementation.
int main()
{
    return 2;
}
