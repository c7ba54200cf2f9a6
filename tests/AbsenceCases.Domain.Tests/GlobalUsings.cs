global using AbsenceCases.Domain.Absences;
global using AbsenceCases.Domain.Cases;
global using AbsenceCases.Domain.Common;
global using AbsenceCases.Domain.Employees;
global using AbsenceCases.Domain.Organisation;
global using AbsenceCases.Domain.Tests.Support;
global using NUnit.Framework;
