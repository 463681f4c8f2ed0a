/// `+ - * / %`.
enum ArithmeticOperator: Sendable, Hashable { case add, subtract, multiply, divide, remainder }
