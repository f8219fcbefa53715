/**
 * Value types shared by every module (money, numbers, periods). No Spring beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.arus.shared;
